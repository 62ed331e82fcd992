package id.netra.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.store.RosterStore;

/**
 * The clerk's path through the Pegawai screen on a real store: import through the wizard (fixing
 * a column mapping, seeing the errors), find someone by part of the NIP, edit, deactivate.
 */
@ExtendWith(ApplicationExtension.class)
class StaffScreenFxTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path dir;

    private StaffScreenFixture screen;
    private RosterStore store;

    @Start
    void start(Stage stage) throws Exception {
        screen = new StaffScreenFixture(stage, dir.resolve("data"), TODAY, s -> { });
        store = screen.store;
    }

    @AfterEach
    void close() {
        screen.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void importFixMappingFindEditDeactivate(FxRobot robot) throws Exception {
        Path file = Path.of(getClass().getResource("/staff/import/wizard-unmapped-name.csv").toURI());

        // 1. the wizard: choose the file, read it
        robot.clickOn("#staff-import");
        waitUntil(() -> robot.lookup("#import-file").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#import-file").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#import-read");
        waitUntil(() -> !text(robot, "#import-summary").isEmpty() && !text(robot, "#import-summary").contains("..."));
        // "Nama Pegawai Lengkap" is no known heading: no preview until Nama is mapped
        assertThat(text(robot, "#import-format")).contains("CSV").contains("3 baris");
        assertThat(text(robot, "#import-summary")).contains("Nama");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();

        // 2. fix the mapping: Nama comes from column 2
        @SuppressWarnings("unchecked")
        ComboBox<Integer> name = robot.lookup("#import-map-name").queryAs(ComboBox.class);
        robot.interact(() -> name.setValue(1));
        robot.clickOn("#import-preview");
        waitUntil(() -> text(robot, "#import-summary").contains("baru"));

        // 3. the preview shows the Excel-damaged NIP as an error with row, column and reason
        assertThat(text(robot, "#import-summary")).isEqualTo("2 baru, 0 diperbarui, 0 tidak berubah, 1 galat");
        TableView<?> preview = robot.lookup("#import-preview-table").queryTableView();
        assertThat(preview.getItems()).hasSize(3);
        String firstNote = String.valueOf(preview.getColumns().get(3).getCellData(0));
        assertThat(String.valueOf(preview.getColumns().get(0).getCellData(0))).isEqualTo("4");
        assertThat(firstNote).contains("NIP").contains("NIP rusak oleh Excel");

        // 4. import
        robot.clickOn("#import-run");
        waitUntil(() -> text(robot, "#import-result").startsWith("Impor selesai"));
        assertThat(text(robot, "#import-result")).contains("2 baru").contains("1 ditolak");
        assertThat(store.listAll()).hasSize(2);
        // the result stays in view: Tutup has the focus, and closes the wizard
        javafx.scene.control.Button close = robot.lookup("#import-close").queryButton();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(close.isFocused()).isTrue();
        javafx.stage.Window wizard = close.getScene().getWindow();
        robot.clickOn(close);
        assertThat(wizard.isShowing()).isFalse();
        // opened again, Esc closes it as it closes any dialog
        robot.clickOn("#staff-import");
        waitUntil(() -> robot.lookup("#import-file").tryQuery().isPresent());
        javafx.stage.Window again = robot.lookup("#import-file").query().getScene().getWindow();
        robot.clickOn("#import-file").type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !again.isShowing());

        // 5. find Ahmad by typing part of his NIP, as printed with a space
        waitUntil(() -> robot.lookup("#staff-table").queryTableView().getItems().size() == 2);
        robot.clickOn("#staff-search").write("201001 1");
        waitUntil(() -> robot.lookup("#staff-table").queryTableView().getItems().size() == 1);
        assertThat(text(robot, "#staff-count")).startsWith("Tampil 1 pegawai");

        // 6. edit him
        TableView<?> table = robot.lookup("#staff-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#staff-edit");
        waitUntil(() -> robot.lookup("#staff-form-position").tryQuery().isPresent());
        robot.clickOn("#staff-form-position").write("Kepala Subbagian Umum");
        // a broken e-mail decorates the field but does not block; an empty name blocks saving
        robot.interact(() -> robot.lookup("#staff-form-name").queryAs(TextField.class).setText(""));
        assertThat(robot.lookup("#staff-form-save").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#staff-form-name").queryAs(TextField.class).setText("Ahmad Fauzi"));
        assertThat(robot.lookup("#staff-form-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#staff-form-save");
        waitUntil(() -> store.listAll().stream().anyMatch(m -> "Kepala Subbagian Umum".equals(m.draft().position())));
        StaffMember ahmad = store.listAll().stream().filter(m -> m.draft().nip().equals("198506122010011003"))
                .findFirst().orElseThrow();
        assertThat(store.history(ahmad.id())).anySatisfy(h -> assertThat(h.newText()).isEqualTo("Kepala Subbagian Umum"));

        // 7. deactivate him
        waitUntil(() -> robot.lookup("#staff-table").queryTableView().getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#staff-deactivate");
        waitUntil(() -> robot.lookup("#staff-deactivate-reason").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<InactiveReason> reason = robot.lookup("#staff-deactivate-reason").queryAs(ComboBox.class);
        robot.interact(() -> reason.setValue(InactiveReason.MUTASI));
        robot.clickOn("#staff-deactivate-ok");
        waitUntil(() -> !store.find(ahmad.id()).orElseThrow().active());
        assertThat(store.find(ahmad.id()).orElseThrow().inactiveReason()).isEqualTo(InactiveReason.MUTASI);
        // active filter: he is gone from the list, but still in the store
        waitUntil(() -> robot.lookup("#staff-table").queryTableView().getItems().isEmpty());
        assertThat(store.listAll()).hasSize(2);
    }
}
