package id.netra.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.db.DataDirectory;
import id.netra.db.StoreException;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.RestoreOutcome;
import id.netra.safety.service.RestoreService;
import id.netra.safety.ui.DamagedStoreView;
import id.netra.safety.service.EncryptionService;
import id.netra.safety.ui.LoginView;
import id.netra.safety.ui.SafetyHost;
import id.netra.safety.ui.StorePasswordView;
import id.netra.ui.Dialogs;
import id.netra.ui.FxTaskRunner;
import id.netra.ui.Shell;

/**
 * The main window and its lifetime: shown at once with a spinner, the store opened in the
 * background, the sections attached when it is ready, everything closed with the window.
 */
public final class MainWindow {

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    /** Room left for the window's title bar when the screen is smaller than the window. */
    private static final double TITLE_BAR = 40;

    private final Stage stage;
    private final DataDirectory dir;
    private final FxTaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Shell shell = new Shell();
    private AppServices services;
    /** The encrypted store's password while the window is open (backups and restore need it). */
    private char[] storePassword;
    private Consumer<MainWindow> onReady = w -> { };

    public MainWindow(Stage stage, DataDirectory dir, FxTaskRunner runner, Supplier<LocalDate> today) {
        this.stage = stage;
        this.dir = dir;
        this.runner = runner;
        this.today = today;
    }

    /** Called on the FX thread once the sections are attached (tests and the start-up benchmark). */
    public MainWindow onReady(Consumer<MainWindow> callback) {
        this.onReady = callback;
        return this;
    }

    public void show() {
        // 1280 x 800, or less on the 1366 x 768 laptops common in offices: the whole window on screen
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight() - TITLE_BAR));
        scene.getStylesheets().add(MainWindow.class.getResource("/id/netra/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Netra");
        stage.setMinWidth(960);
        stage.setMinHeight(620);
        var icon = MainWindow.class.getResourceAsStream("/id/netra/ui/netra-icon.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        shell.bindProgress(runner);
        shell.setStatusRight(Messages.tr("app.dataDir", dir.root()));
        stage.show();
        openStore();
    }

    private void openStore() {
        shell.showLoading();
        char[] password = storePassword;
        runner.run("app.task.open", p -> AppServices.open(dir, password), this::attach, this::failed);
    }

    private void attach(AppServices opened) {
        this.services = opened;
        if (opened.safety().users().loginRequired()) {
            shell.showProblem(new LoginView(opened.safety().users(), runner, this::attachSections));
        } else {
            attachSections();
        }
        // the audit check runs at every start, queued after the first screen's loads so it does not
        // delay them; its result waits in Keamanan & cadangan
        runner.run("safety.task.audit", p -> opened.safety().checkAudit(), r -> {
            if (!r.ok()) {
                shell.setStatus(Messages.tr("safety.audit.failed", r.problems().size()));
            }
        }, e -> LOG.log(Level.WARNING, "Audit check failed", e));
    }

    private void attachSections() {
        AppServices opened = services;
        SafetyHost host = new SafetyHost() {
            @Override
            public void restore(Path backup) {
                restoreFrom(backup);
            }

            @Override
            public void changeEncryption(char[] newPassword) {
                MainWindow.this.changeEncryption(newPassword);
            }

            @Override
            public boolean encrypted() {
                return storePassword != null;
            }
        };
        shell.setSections(Sections.create(opened, runner, shell, today, this::refreshHome, host), "home");
        shell.setStatus(Messages.tr("app.ready"));
        opened.profiles().load().ifPresent(p -> stage.setTitle("Netra - " + p.opdName()));
        onReady.accept(this);
    }

    private void refreshHome() {
        services.profiles().load().ifPresent(p -> stage.setTitle("Netra - " + p.opdName()));
        shell.go("home");
    }

    private void failed(Throwable error) {
        LOG.log(Level.WARNING, "Store did not open", error);
        if (error instanceof StoreException se && se.kind() == StoreException.Kind.WRONG_PASSWORD) {
            shell.showProblem(new StorePasswordView(storePassword == null ? null : Dialogs.describe(error), pwd -> {
                storePassword = pwd;
                openStore();
            }));
            return;
        }
        if (error instanceof StoreException se && se.kind() == StoreException.Kind.CORRUPT) {
            shell.showProblem(new DamagedStoreView(dir, Dialogs.describe(error), runner, storePassword, this::reopenRestored,
                    stage::close));
            shell.setStatus(Messages.tr("app.problem.status"));
            return;
        }
        String key = "app.problem.title";
        if (error instanceof StoreException se && se.kind() == StoreException.Kind.ALREADY_RUNNING) {
            key = "app.problem.alreadyRunning.title";
        }
        Label title = new Label(Messages.tr(key));
        title.getStyleClass().add("title-2");
        title.setGraphic(new FontIcon("mdal-error_outline"));
        Label text = new Label(Dialogs.describe(error));
        text.setId("problem-text");
        text.setWrapText(true);
        Button close = new Button(Messages.tr("common.close"));
        close.setId("problem-close");
        close.setOnAction(e -> stage.close());
        VBox box = new VBox(title, text, close);
        box.getStyleClass().add("problem-screen");
        box.setAlignment(Pos.CENTER_LEFT);
        shell.showProblem(box);
        shell.setStatus(Messages.tr("app.problem.status"));
    }

    /**
     * Restore chosen in Keamanan & cadangan: show the backup beside the current counts, confirm, then
     * close the store, restore (the current store is backed up first) and open the restored one.
     */
    private void restoreFrom(Path backup) {
        AppServices live = services;
        record Inspected(BackupManifest manifest, int rowsNow) {
        }
        runner.run("safety.restore.task.inspect", p -> new Inspected(RestoreService.inspect(backup, live.db()),
                live.db().rowCounts().values().stream().mapToInt(Integer::intValue).sum()), i -> {
            BackupManifest m = i.manifest();
            if (!Dialogs.confirm(shell, "safety.restore.confirm.title", "safety.restore.confirm.text",
                    IndonesianDates.format(m.createdAt().toLocalDate()), m.createdAt().toLocalTime().withNano(0),
                    m.totalRows(), i.rowsNow())) {
                return;
            }
            shell.showLoading();
            runner.run("safety.restore.task", p -> RestoreService.restore(dir, backup, live.db(),
                    live.safety().backups().settings(), storePassword, closing(live)), o -> {
                        shell.setStatus(Messages.tr("safety.restore.done", backup.getFileName()));
                        reopenRestored(o);
                    }, this::recover);
        }, e -> Dialogs.error(shell, e));
    }

    /** The restored store is encrypted only if its backup was: a plain one opens without the password. */
    private void reopenRestored(RestoreOutcome o) {
        storePassword = o.manifest().encrypted() ? storePassword : null;
        openStore();
    }

    /** Closes the live store for a restore or an encryption change; the task calls it when it is ready. */
    private Runnable closing(AppServices live) {
        return () -> {
            live.close();
            services = null;
        };
    }

    /** After a failed restore or encryption change: open again if the store was closed, else carry on. */
    private void recover(Throwable e) {
        Dialogs.error(shell, e);
        if (services == null) {
            openStore();
        } else {
            attachSections();
        }
    }

    /** Encryption on/off: backup first, close, convert store and evidence files, reopen. */
    private void changeEncryption(char[] newPassword) {
        AppServices live = services;
        shell.showLoading();
        runner.run("safety.encryption.task", p -> newPassword != null
                ? EncryptionService.enable(live.db(), live.safety().backups().settings(), newPassword, closing(live))
                : EncryptionService.disable(live.db(), live.safety().backups().settings(), closing(live)), backup -> {
                    storePassword = newPassword == null ? null : newPassword.clone();
                    shell.setStatus(Messages.tr(newPassword != null ? "safety.encryption.on" : "safety.encryption.off"));
                    openStore();
                }, this::recover);
    }

    public Shell shell() {
        return shell;
    }

    public Stage stage() {
        return stage;
    }

    /** Null until the store opened. */
    public AppServices services() {
        return services;
    }

    public void close() {
        if (services != null) {
            try {
                // the exit backup: skipped when nothing changed since the newest backup
                services.safety().backups().backupAtExit();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Backup at exit failed", e);
            }
            services.close();
            services = null;
        }
    }
}
