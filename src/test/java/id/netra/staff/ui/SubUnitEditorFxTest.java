package id.netra.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
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

import id.netra.bench.FictionalRoster;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.RosterChanges;
import id.netra.staff.domain.StaffSubUnit;
import id.netra.staff.store.RosterStore;

/** Sub-units: pick a head among the unit's staff, and add a new unit. */
@ExtendWith(ApplicationExtension.class)
class SubUnitEditorFxTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path dir;

    private StaffScreenFixture screen;
    private RosterStore store;

    @Start
    void start(Stage stage) throws Exception {
        screen = new StaffScreenFixture(stage, dir.resolve("data"), TODAY, s -> s.apply(new RosterChanges(
                FictionalRoster.generate(60, 4), Map.of(), List.of(), InactiveReason.LAINNYA, TODAY, "t", 0, 0),
                () -> false, RosterStore.ProgressSink.NONE));
        store = screen.store;
    }

    @AfterEach
    void close() {
        screen.close();
    }

    @Test
    void choosesAHeadAndAddsAUnit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#staff-table").queryTableView().getItems().size() == 60);
        robot.clickOn("#staff-units");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#units-list").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<StaffSubUnit> list = robot.lookup("#units-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        ComboBox<StaffRow> head = robot.lookup("#units-head").queryAs(ComboBox.class);
        assertThat(head.getItems()).isNotEmpty();
        StaffRow chosen = head.getItems().get(0);
        robot.interact(() -> head.setValue(chosen));
        robot.clickOn("#units-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.subUnits().stream()
                .anyMatch(u -> Long.valueOf(chosen.id()).equals(u.headStaffId())));

        robot.clickOn("#units-new");
        robot.interact(() -> robot.lookup("#units-name").queryAs(TextField.class).setText("UPT Baru"));
        robot.clickOn("#units-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.subUnits().stream().anyMatch(u -> u.name().equals("UPT Baru")));
        assertThat(store.subUnits()).filteredOn(u -> u.name().equals("UPT Baru")).singleElement()
                .satisfies(u -> assertThat(u.headStaffId()).isNull());
    }
}
