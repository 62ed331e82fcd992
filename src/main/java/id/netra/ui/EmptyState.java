package id.netra.ui;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;

/** What a list shows when it has nothing yet: what belongs here and the first step to get it. */
public final class EmptyState extends VBox {

    public EmptyState(String iconLiteral, String titleKey, String textKey, List<Button> actions) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label(Messages.tr(titleKey));
        title.getStyleClass().add("title-3");
        Label text = new Label(Messages.tr(textKey));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.getStyleClass().add("text-muted");
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER);
        buttons.getChildren().addAll(actions);
        getChildren().addAll(icon, title, text);
        if (!actions.isEmpty()) {
            getChildren().add(buttons);
        }
    }

    public static Node of(String iconLiteral, String titleKey, String textKey, Button... actions) {
        return new EmptyState(iconLiteral, titleKey, textKey, List.of(actions));
    }
}
