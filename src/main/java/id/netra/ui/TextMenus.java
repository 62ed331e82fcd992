package id.netra.ui;

import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

import id.netra.i18n.Messages;

/**
 * The right-click menu of every text field and area in Indonesian. JavaFX builds its own menu from a
 * bundle it has no Indonesian for ("Undo", "Cut", "Paste" ...) unless the field has a menu already;
 * a filter on every window's scene gives each field ours just before the click is handled.
 */
public final class TextMenus {

    private static final EventHandler<ContextMenuEvent> GIVE_MENU = e -> {
        Node n = e.getTarget() instanceof Node node ? node : null;
        while (n != null && !(n instanceof TextInputControl)) {
            n = n.getParent();
        }
        if (n instanceof TextInputControl field && field.getContextMenu() == null) {
            field.setContextMenu(menuFor(field));
        }
    };

    private TextMenus() {
    }

    /** Call once on the FX thread: covers every window shown from then on, dialogs included. */
    public static void installEverywhere() {
        Window.getWindows().forEach(TextMenus::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(TextMenus::watch);
            }
        });
    }

    private static void watch(Window w) {
        if (w.getScene() != null) {
            install(w.getScene());
        }
        w.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, GIVE_MENU);
            }
            if (scene != null) {
                install(scene);
            }
        });
    }

    static void install(Scene scene) {
        // removing first keeps a scene seen twice from getting two filters
        scene.removeEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, GIVE_MENU);
        scene.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, GIVE_MENU);
    }

    static ContextMenu menuFor(TextInputControl field) {
        MenuItem undo = item("text.menu.undo", e -> field.undo());
        MenuItem redo = item("text.menu.redo", e -> field.redo());
        MenuItem cut = item("text.menu.cut", e -> field.cut());
        MenuItem copy = item("text.menu.copy", e -> field.copy());
        MenuItem paste = item("text.menu.paste", e -> field.paste());
        MenuItem delete = item("text.menu.delete", e -> field.deleteText(field.getSelection()));
        MenuItem selectAll = item("text.menu.selectAll", e -> field.selectAll());
        ContextMenu menu = new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), selectAll);
        menu.setOnShowing(e -> {
            boolean editable = field.isEditable() && !field.isDisabled();
            boolean selected = field.getSelection().getLength() > 0;
            // a password must not leave its field, not even through the clipboard
            boolean secret = field instanceof PasswordField;
            undo.setDisable(!editable || !field.isUndoable());
            redo.setDisable(!editable || !field.isRedoable());
            cut.setDisable(!editable || !selected || secret);
            copy.setDisable(!selected || secret);
            paste.setDisable(!editable || !Clipboard.getSystemClipboard().hasString());
            delete.setDisable(!editable || !selected);
            selectAll.setDisable(field.getLength() == 0);
        });
        return menu;
    }

    private static MenuItem item(String key, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(Messages.tr(key));
        item.setOnAction(action);
        return item;
    }
}
