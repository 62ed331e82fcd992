package id.netra.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

import id.netra.i18n.Messages;

/**
 * What a table or list says while it has no rows. JavaFX's own text is English ("No content in
 * table") and says nothing about what belongs there, so every table and list sets one of these.
 */
public final class Placeholder {

    private Placeholder() {
    }

    public static Node of(String key, Object... args) {
        Label text = new Label(Messages.tr(key, args));
        text.setWrapText(true);
        text.setMaxWidth(460);
        text.setTextAlignment(TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        return text;
    }
}
