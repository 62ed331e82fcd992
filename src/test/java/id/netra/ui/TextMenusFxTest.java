package id.netra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Right-clicking a text field opens an Indonesian menu that works; a password's copy stays off. */
@ExtendWith(ApplicationExtension.class)
class TextMenusFxTest {

    private TextField name;
    private PasswordField password;

    @Start
    void start(Stage stage) {
        name = new TextField("Siti Aminah");
        password = new PasswordField();
        name.setId("name");
        password.setId("password");
        password.setText("rahasia");
        Scene scene = new Scene(new VBox(12, name, password), 400, 200);
        TextMenus.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theMenuIsIndonesianAndSelectsAndCopies(FxRobot robot) {
        rightClick(robot, name);
        assertThat(robot.lookup(".menu-item .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Batalkan", "Potong", "Salin", "Tempel", "Hapus", "Pilih semua")
                .doesNotContain("Paste", "Select All");
        robot.clickOn("Pilih semua");
        assertThat(name.getSelectedText()).isEqualTo("Siti Aminah");

        rightClick(robot, name);
        robot.clickOn("Salin");
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .isEqualTo("Siti Aminah"));
    }

    @Test
    void aPasswordCannotBeCopiedOut(FxRobot robot) {
        robot.interact(password::selectAll);
        rightClick(robot, password);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(password.getContextMenu()).isNotNull();
        assertThat(password.getContextMenu().getItems()).filteredOn(i -> "Salin".equals(i.getText()))
                .singleElement().satisfies(i -> assertThat(i.isDisable()).isTrue());
    }

    /** What a right click becomes; the headless robot's secondary click raises no context-menu event. */
    private static void rightClick(FxRobot robot, TextInputControl field) {
        robot.interact(() -> {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            double x = b.getWidth() / 2;
            double y = b.getHeight() / 2;
            Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, x, y,
                    b.getMinX() + x, b.getMinY() + y, false, null));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
