package id.netra.pacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.pacts.service.PactService;
import id.netra.pacts.store.PactStore;
import id.netra.periods.store.PeriodStore;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;
import id.netra.ui.FxTaskRunner;

/** Beranda's pact card on a new store: words, not an empty bar and empty axes. */
@ExtendWith(ApplicationExtension.class)
class PactProgressCardEmptyFxTest {

    @TempDir
    Path root;

    private Database db;
    private final FxTaskRunner runner = new FxTaskRunner();

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(new DataDirectory(root.resolve("data")));
        PactService pacts = new PactService(new PeriodStore(db), new RosterStore(db), new SubUnitStore(db),
                new OpdProfileStore(db), new PactStore(db), db.directory());
        PactProgressCard card = new PactProgressCard(pacts, runner, () -> LocalDate.of(2026, 11, 26));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(card.node()), 560, 420));
        stage.show();
        card.refresh();
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void withoutARunningPeriodTheCardIsTextOnly(FxRobot robot) throws Exception {
        Label days = robot.lookup("#home-pacts-days").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !days.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(days.getText()).isEqualTo("Belum ada pemilihan berjalan");
        assertThat(robot.lookup("#home-pacts-chart").query().isVisible()).isFalse();
        assertThat(robot.lookup("#home-pacts-bar").query().isVisible()).isFalse();
    }
}
