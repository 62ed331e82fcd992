package id.netra.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import id.netra.i18n.Messages;
import id.netra.i18n.UserMessage;

/** The few standard dialogs, all worded from the bundle. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Asks before something destructive; the safe answer is the default button. */
    public static boolean confirm(Node owner, String titleKey, String messageKey, Object... args) {
        ButtonType yes = new ButtonType(Messages.tr("common.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(Messages.tr("common.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.tr(messageKey, args), yes, no);
        alert.setTitle(Messages.tr(titleKey));
        alert.setHeaderText(Messages.tr(titleKey));
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        initOwner(alert, owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    /**
     * Asks for one line of text (a reason); empty when the clerk cancels. JavaFX's own text dialog
     * labels its buttons in English, so the buttons here come from the bundle.
     */
    public static Optional<String> ask(Node owner, String titleKey, String question, String labelKey) {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog();
        ButtonType save = new ButtonType(Messages.tr("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.tr("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getDialogPane().getButtonTypes().setAll(save, cancel);
        ask.setTitle(Messages.tr(titleKey));
        ask.setHeaderText(question);
        ask.setContentText(Messages.tr(labelKey));
        if (owner != null && owner.getScene() != null) {
            ask.initOwner(owner.getScene().getWindow());
        }
        return ask.showAndWait();
    }

    public static void info(Node owner, String titleKey, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setTitle(Messages.tr(titleKey));
        alert.setHeaderText(Messages.tr(titleKey));
        initOwner(alert, owner);
        alert.showAndWait();
    }

    /**
     * Shows a failure: a {@link UserMessage} speaks for itself; anything else gets a plain sentence
     * with the technical detail folded away for whoever supports the clerk.
     */
    public static void error(Node owner, Throwable failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, describe(failure), ButtonType.OK);
        alert.setTitle(Messages.tr("error.title"));
        alert.setHeaderText(Messages.tr("error.title"));
        if (!(failure instanceof UserMessage)) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            TextArea details = new TextArea(trace.toString());
            details.setEditable(false);
            details.setWrapText(false);
            alert.getDialogPane().setExpandableContent(details);
        }
        initOwner(alert, owner);
        alert.showAndWait();
    }

    /** The sentence for a failure, for dialogs and inline messages. */
    public static String describe(Throwable failure) {
        return UserMessage.describe(failure);
    }

    private static void initOwner(Alert alert, Node owner) {
        if (owner != null && owner.getScene() != null) {
            Window w = owner.getScene().getWindow();
            if (w != null) {
                alert.initOwner(w);
            }
        }
    }
}
