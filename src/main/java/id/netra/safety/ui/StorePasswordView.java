package id.netra.safety.ui;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;

/** The encrypted store's password, asked before anything can be read. */
public final class StorePasswordView extends VBox {

    public StorePasswordView(String problem, Consumer<char[]> onPassword) {
        setId("store-password-view");
        getStyleClass().add("problem-screen");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxWidth(480);
        Label title = new Label(Messages.tr("safety.storePassword.title"));
        title.getStyleClass().add("title-2");
        title.setGraphic(new FontIcon("mdal-enhanced_encryption"));
        Label text = new Label(problem == null ? Messages.tr("safety.storePassword.text") : problem);
        text.setId("store-password-message");
        text.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("store-password");
        Button open = new Button(Messages.tr("safety.storePassword.open"));
        open.setId("store-password-open");
        open.setDefaultButton(true);
        open.getStyleClass().add("accent");
        open.setOnAction(e -> {
            char[] secret = password.getText().toCharArray();
            password.clear();
            onPassword.accept(secret);
        });
        getChildren().addAll(title, text, password, open);
    }
}
