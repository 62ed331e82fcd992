package id.netra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
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
import id.netra.safety.domain.BackupReason;
import id.netra.safety.domain.Role;
import id.netra.safety.service.BackupService;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.CurrentUser;
import id.netra.safety.service.UserService;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.UserStore;
import id.netra.samples.SampleLoader;
import id.netra.ui.FxTaskRunner;

/** Keamanan & cadangan in the real window: backup now, audit status, login, roles, damaged store. */
@ExtendWith(ApplicationExtension.class)
class SafetyWindowFxTest {

    @TempDir
    static Path root;

    private static int run;
    private final FxTaskRunner runner = new FxTaskRunner();
    private Stage stage;
    private MainWindow window;
    private Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        dir = root.resolve("run-" + (++run));
    }

    @AfterEach
    void close(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> window.close());
        }
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            window = new MainWindow(stage, new DataDirectory(dir), runner, () -> LocalDate.of(2024, 10, 15));
            window.show();
        });
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void waitForText(FxRobot robot, String query, String start) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(n -> ((Label) n).getText() != null && ((Label) n).getText().startsWith(start)).orElse(false));
    }

    @Test
    void backupNowAndTheAuditStatusAppearInKeamanan(FxRobot robot) throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            new SampleLoader(db).load();
        }
        open(robot);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.services() != null);
        waitFor(robot, "#nav-safety");
        robot.clickOn("#nav-safety");
        waitForText(robot, "#safety-audit-status", "Jejak audit utuh");
        assertThat(robot.lookup("#safety-no-password").queryAs(Label.class).isVisible()).isTrue();
        robot.clickOn("#safety-backup-now");
        waitForText(robot, "#safety-message", "Cadangan dibuat");
        waitForText(robot, "#safety-backup-last", "Cadangan terakhir");
        assertThat(BackupService.list(new DataDirectory(dir).backupsDir())).hasSize(1);
        assertThat(robot.lookup("#safety-restore").tryQuery()).isPresent();
    }

    @Test
    void loginIsAskedOnceAPasswordExistsAndAnOperatorCannotReachRestoreOrUsers(FxRobot robot) throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            UserService users = new UserService(db, new UserStore(db), new CurrentUser(), Clock.systemDefaultZone());
            users.createUser("admin", "Admin", Role.ADMIN, "kata-sandi-1".toCharArray());
            users.createUser("siti", "Siti", Role.OPERATOR, "kata-sandi-2".toCharArray());
        }
        open(robot);
        waitFor(robot, "#login-view");
        // typed through the controls' properties: the window swaps its content while it opens
        login(robot, "siti", "keliru-sekali");
        waitForText(robot, "#login-message", "Nama pengguna atau kata sandi salah");
        assertThat(window.shell().currentSectionId()).isNull();
        login(robot, "siti", "kata-sandi-2");
        waitFor(robot, "#nav-safety");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#nav-safety").query().isDisabled());
        robot.clickOn("#nav-safety");
        waitFor(robot, "#safety-backup-now");
        assertThat(robot.lookup("#safety-restore").tryQuery()).isEmpty();
        assertThat(robot.lookup("#safety-users-table").tryQuery()).isEmpty();
        assertThat(robot.lookup("#safety-audit-table").tryQuery()).isEmpty();
        assertThat(window.services().safety().currentUser().canSeeConfidential()).isFalse();
    }

    @Test
    void aPimpinanSeesTheDashboardReportsAndAuditButNoEditingScreen(FxRobot robot) throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            UserService users = new UserService(db, new UserStore(db), new CurrentUser(), Clock.systemDefaultZone());
            users.createUser("admin", "Admin", Role.ADMIN, "kata-sandi-1".toCharArray());
            users.createUser("kepala", "Kepala Dinas", Role.PIMPINAN, "kata-sandi-3".toCharArray());
        }
        open(robot);
        waitFor(robot, "#login-view");
        login(robot, "kepala", "kata-sandi-3");
        waitFor(robot, "#nav-reports");
        assertThat(robot.lookup("#nav-home").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-safety").tryQuery()).isPresent();
        for (String editing : new String[] {"staff", "pacts", "findings", "settings"}) {
            assertThat(robot.lookup("#nav-" + editing).tryQuery()).as(editing).isEmpty();
        }
    }

    private static void login(FxRobot robot, String user, String password) throws Exception {
        robot.interact(() -> {
            robot.lookup("#login-username").queryAs(javafx.scene.control.TextField.class).setText(user);
            robot.lookup("#login-password").queryAs(javafx.scene.control.TextField.class).setText(password);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#login-submit").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#login-submit").queryButton().fire());
    }

    @Test
    void aDamagedStoreOffersTheNewestValidBackupAndRestoresIt(FxRobot robot) throws Exception {
        DataDirectory data = new DataDirectory(dir);
        try (Database db = Database.open(data)) {
            new SampleLoader(db).load();
            new BackupService(db, new BackupSettings(data), new AuditStore(db), Clock.systemDefaultZone())
                    .backupNow(BackupReason.MANUAL);
        }
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(data.databaseFile(), garbage);

        open(robot);
        waitFor(robot, "#damaged-store");
        assertThat(robot.lookup("#problem-text").queryAs(Label.class).getText()).contains("rusak").doesNotContain("Exception");
        waitForText(robot, "#damaged-status", "Cadangan terbaru yang baik");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#damaged-restore").queryAs(Button.class).isDisabled());
        robot.clickOn("#damaged-restore");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Ya");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.services() != null);
        assertThat(window.services().db().rowCounts()).containsEntry("staff", 300);
        // the damaged file is kept aside, never deleted
        try (var s = Files.list(dir)) {
            assertThat(s.anyMatch(p -> p.getFileName().toString().startsWith("replaced-"))).isTrue();
        }
    }

    @Test
    void anEncryptedStoreAsksForItsPasswordAndAWrongOneIsRefusedClearly(FxRobot robot) throws Exception {
        try (Database db = Database.open(new DataDirectory(dir), "kunci-rahasia-1".toCharArray())) {
            new SampleLoader(db).load();
        }
        open(robot);
        waitFor(robot, "#store-password-view");
        robot.clickOn("#store-password").write("kunci-salah-22");
        robot.clickOn("#store-password-open");
        waitForText(robot, "#store-password-message", "Kata sandi untuk data di");
        assertThat(window.services()).isNull();
        robot.clickOn("#store-password").write("kunci-rahasia-1");
        robot.clickOn("#store-password-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.services() != null);
        assertThat(window.services().db().isEncrypted()).isTrue();
        assertThat(window.services().db().rowCounts()).containsEntry("staff", 300);
    }
}
