package id.netra.safety.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.db.DataDirectory;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.safety.domain.BackupInfo;
import id.netra.safety.domain.RestoreOutcome;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.RestoreService;
import id.netra.ui.Dialogs;
import id.netra.ui.TaskRunner;

/**
 * The store file is damaged or unreadable: say so in one sentence and offer the newest backup that
 * verifies (or another file), never a stack trace. The damaged file is kept aside, not deleted.
 */
public final class DamagedStoreView extends VBox {

    private final DataDirectory dir;
    private final TaskRunner runner;
    private final char[] storePassword;
    private final java.util.function.Consumer<RestoreOutcome> restored;
    private final Label status = new Label();

    /**
     * {@code storePassword}: the password the damaged store was opened with (null when plain), needed
     * to restore an encrypted backup; {@code restored} opens the store again.
     */
    public DamagedStoreView(DataDirectory dir, String problem, TaskRunner runner, char[] storePassword,
            java.util.function.Consumer<RestoreOutcome> restored, Runnable close) {
        this.dir = dir;
        this.runner = runner;
        this.storePassword = storePassword;
        this.restored = restored;
        setId("damaged-store");
        getStyleClass().add("problem-screen");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        Label title = new Label(Messages.tr("safety.damaged.title"));
        title.getStyleClass().add("title-2");
        title.setGraphic(new FontIcon("mdal-error_outline"));
        Label text = new Label(problem);
        text.setId("problem-text");
        text.setWrapText(true);
        status.setId("damaged-status");
        status.setWrapText(true);
        status.setText(Messages.tr("safety.damaged.searching"));
        Button newest = new Button(Messages.tr("safety.damaged.restoreNewest"), new FontIcon("mdmz-restore"));
        newest.setId("damaged-restore");
        newest.getStyleClass().add("accent");
        newest.setDisable(true);
        Button other = new Button(Messages.tr("safety.damaged.chooseFile"));
        other.setId("damaged-choose");
        other.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("safety.backup.filter"), "*.zip"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) {
                restore(f.toPath());
            }
        });
        Button closeButton = new Button(Messages.tr("common.close"));
        closeButton.setId("problem-close");
        closeButton.setOnAction(e -> close.run());
        getChildren().addAll(title, text, status, new HBox(8, newest, other, closeButton));

        BackupSettings settings = new BackupSettings(dir);
        runner.run("safety.damaged.task.search", p -> RestoreService.newestValid(settings), (Optional<BackupInfo> found) -> {
            if (found.isPresent()) {
                BackupInfo b = found.get();
                status.setText(Messages.tr("safety.damaged.found", b.file().getFileName(),
                        IndonesianDates.format(b.manifest().createdAt().toLocalDate()),
                        b.manifest().createdAt().toLocalTime().withNano(0)));
                newest.setDisable(false);
                newest.setOnAction(e -> {
                    if (Dialogs.confirm(this, "safety.damaged.confirm.title", "safety.damaged.confirm.text",
                            b.file().getFileName())) {
                        restore(b.file());
                    }
                });
            } else {
                status.setText(Messages.tr("safety.damaged.none", settings.folder()));
            }
        }, err -> status.setText(Dialogs.describe(err)));
    }

    /** Restores without a live store; the damaged file is kept aside. Public for tests. */
    public void restore(Path backup) {
        BackupSettings settings = new BackupSettings(dir);
        runner.run("safety.restore.task", p -> RestoreService.restore(dir, backup, null, settings, storePassword, null),
                restored, err -> status.setText(Dialogs.describe(err)));
    }
}
