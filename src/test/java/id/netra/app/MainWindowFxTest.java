package id.netra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
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

import id.netra.db.DataDirectory;
import id.netra.ui.FxTaskRunner;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path root;

    private static int run;
    private Path dir;

    private static final LocalDate TODAY = LocalDate.of(2024, 10, 15);
    private final FxTaskRunner runner = new FxTaskRunner();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dir = root.resolve("run-" + (++run));
        window = open(stage);
    }

    private MainWindow open(Stage s) {
        MainWindow w = new MainWindow(s, new DataDirectory(dir), runner, () -> TODAY);
        w.show();
        return w;
    }

    private void awaitReady(MainWindow w) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> w.services() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeStore() {
        window.close();
    }

    @Test
    void visitsEverySectionLoadsSamplesAndKeepsTheProfileAcrossARestart(FxRobot robot) throws Exception {
        awaitReady(window);
        // first run: the dashboard offers the sample data
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#first-run").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.clickOn("#first-run-load-samples");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#home-staff-total").tryQuery().map(n -> ((Label) n).getText().startsWith("300"))
                        .orElse(false));
        // the cards refresh in parallel: wait for this one too
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#home-period-voting").tryQuery()
                .map(n -> ((Label) n).getText().equals("Pemungutan suara 27 November 2024: 43 hari lagi")).orElse(false));
        assertThat(robot.lookup("#home-period-name").queryAs(Label.class).getText()).contains("Pemilihan Kepala Daerah");

        for (String id : new String[] {"staff", "pacts", "findings", "reports", "settings", "home"}) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.shell().currentSectionId()).isEqualTo(id);
        }

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#profile-opd-name").tryQuery().map(n -> !((TextField) n).getText().isEmpty())
                        .orElse(false));
        TextField city = robot.lookup("#profile-city").queryAs(TextField.class);
        robot.doubleClickOn(city).eraseText(city.getText().length()).write("Kota Sukamaju Baru");
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#settings-message").queryAs(Label.class).getText().equals("Profil OPD tersimpan."));

        // restart the application object on the same folder
        robot.interact(() -> {
            window.close();
            stage.close();
        });
        robot.interact(() -> {
            stage = new Stage();
            window = open(stage);
        });
        awaitReady(window);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#profile-city").tryQuery()
                        .map(n -> ((TextField) n).getText().equals("Kota Sukamaju Baru")).orElse(false));
        assertThat(stage.getTitle()).isEqualTo("Netra - DINAS PENDIDIKAN");
    }

    @Test
    void aSecondWindowOnTheSameFolderSaysNetraIsRunning(FxRobot robot) throws Exception {
        awaitReady(window);
        Stage[] second = new Stage[1];
        MainWindow[] other = new MainWindow[1];
        robot.interact(() -> {
            second[0] = new Stage();
            other[0] = open(second[0]);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#problem-text").tryQuery().isPresent());
        String text = robot.lookup("#problem-text").queryAs(Label.class).getText();
        assertThat(text).startsWith("Netra sudah berjalan").contains(dir.toString());
        assertThat(other[0].services()).isNull();
        robot.interact(() -> second[0].close());
    }

    @Test
    void invalidProfileIsNotSavedAndTheFormSaysWhy(FxRobot robot) throws Exception {
        awaitReady(window);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        TextField email = robot.lookup("#profile-email").queryAs(TextField.class);
        robot.interact(() -> email.setText("bukan surel"));
        robot.interact(() -> robot.lookup("#profile-opd-name").queryAs(TextField.class).setText(""));
        robot.clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-message").queryAs(Label.class).getText()).startsWith("Profil belum disimpan");
    }
}
