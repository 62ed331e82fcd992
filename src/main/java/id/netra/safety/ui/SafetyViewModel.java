package id.netra.safety.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.safety.domain.AppUser;
import id.netra.safety.domain.AuditEntry;
import id.netra.safety.domain.AuditFilter;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.domain.BackupInfo;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.domain.Permission;
import id.netra.safety.domain.Role;
import id.netra.safety.io.AuditExport;
import id.netra.safety.service.AuditMessages;
import id.netra.safety.service.SafetyServices;
import id.netra.ui.Dialogs;
import id.netra.ui.TaskRunner;

/** State and actions of Keamanan & cadangan; every action checks the role here, not only in the view. */
public final class SafetyViewModel {

    public static final int VIEWER_LIMIT = 2_000;

    private final SafetyServices safety;
    private final TaskRunner runner;
    private final SafetyHost host;

    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final StringProperty lastBackup = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty auditStatus = new SimpleStringProperty("");
    private final BooleanProperty auditOk = new SimpleBooleanProperty(true);
    private final BooleanProperty noUsers = new SimpleBooleanProperty(false);
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<String> entities = FXCollections.observableArrayList();
    private final ObservableList<AppUser> users = FXCollections.observableArrayList();
    private final StringProperty filterEntity = new SimpleStringProperty();
    private final StringProperty filterActor = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> filterFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> filterTo = new SimpleObjectProperty<>();

    public SafetyViewModel(SafetyServices safety, TaskRunner runner, SafetyHost host) {
        this.safety = safety;
        this.runner = runner;
        this.host = host;
    }

    public boolean can(Permission p) {
        return safety.currentUser().can(p);
    }

    public void refresh() {
        runner.run("safety.task.load", p -> new Snapshot(safety.backups().settings().folder().toString(),
                safety.backups().list(), !safety.users().loginRequired(),
                can(Permission.MANAGE_USERS) ? safety.users().users() : List.<AppUser>of(),
                can(Permission.VIEW_AUDIT) ? safety.audit().entities() : List.<String>of()), s -> {
            backupFolder.set(s.folder());
            lastBackup.set(s.backups().stream().filter(BackupInfo::readable).findFirst()
                    .map(b -> Messages.tr("safety.backup.last", IndonesianDates.format(b.manifest().createdAt().toLocalDate()),
                            b.manifest().createdAt().toLocalTime().withNano(0), b.file().getFileName()))
                    .orElse(Messages.tr("safety.backup.none")));
            noUsers.set(s.noUsers());
            users.setAll(s.users());
            entities.setAll(s.entities());
        }, this::fail);
        AuditReport last = safety.lastAudit();
        if (last == null) {
            checkAudit();
        } else {
            showAudit(last);
        }
        if (can(Permission.VIEW_AUDIT)) {
            search();
        }
    }

    private record Snapshot(String folder, List<BackupInfo> backups, boolean noUsers, List<AppUser> users,
                            List<String> entities) {
    }

    public void backupNow() {
        safety.currentUser().require(Permission.BACKUP);
        runner.run("safety.task.backup", p -> safety.backups().backupNow(BackupReason.MANUAL), o -> {
            message.set(o.warningKey() != null ? Messages.tr(o.warningKey())
                    : Messages.tr("safety.backup.done", o.file().getFileName(), o.millis()));
            refresh();
        }, this::fail);
    }

    /** Hands a chosen backup to the window, which closes the store, restores and reopens. */
    public void restore(Path backup) {
        safety.currentUser().require(Permission.RESTORE);
        host.restore(backup);
    }

    public boolean encrypted() {
        return host.encrypted();
    }

    /** Encryption on (with the password, typed twice) or off; Admin only. */
    public boolean changeEncryption(boolean on, char[] password, char[] repeat) {
        safety.currentUser().require(Permission.MANAGE_USERS);
        if (on) {
            if (password.length < id.netra.safety.service.UserService.MIN_PASSWORD) {
                message.set(Messages.tr("safety.users.error.password", id.netra.safety.service.UserService.MIN_PASSWORD));
                return false;
            }
            if (!java.util.Arrays.equals(password, repeat)) {
                message.set(Messages.tr("safety.encryption.mismatch"));
                return false;
            }
            host.changeEncryption(password);
        } else {
            host.changeEncryption(null);
        }
        return true;
    }

    public void checkAudit() {
        runner.run("safety.task.audit", p -> safety.checkAudit(), this::showAudit, this::fail);
    }

    private void showAudit(AuditReport r) {
        auditOk.set(r.ok());
        auditStatus.set(r.ok() ? Messages.tr("safety.audit.ok", r.entries())
                : Messages.tr("safety.audit.failed", r.problems().size()) + " " + AuditMessages.describe(r.first()));
    }

    public void search() {
        safety.currentUser().require(Permission.VIEW_AUDIT);
        AuditFilter f = new AuditFilter(filterEntity.get(), filterActor.get(), filterFrom.get(), filterTo.get(), VIEWER_LIMIT);
        runner.run("safety.task.search", p -> safety.audit().find(f), entries::setAll, this::fail);
    }

    public void export(Path file) {
        safety.currentUser().require(Permission.VIEW_AUDIT);
        List<AuditEntry> rows = List.copyOf(entries);
        runner.run("safety.task.export", p -> {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                AuditExport.xlsx(rows, file);
            } else {
                AuditExport.csv(rows, file);
            }
            return file;
        }, f -> message.set(Messages.tr("safety.audit.exported", rows.size(), f)), this::fail);
    }

    public void createUser(String username, String fullName, Role role, char[] password, Runnable done) {
        runner.run("safety.task.user", p -> safety.users().createUser(username, fullName, role, password), u -> {
            message.set(Messages.tr("safety.users.created", u.username()));
            refresh();
            done.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        message.set(Dialogs.describe(e));
    }

    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    public StringProperty lastBackupProperty() {
        return lastBackup;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty auditStatusProperty() {
        return auditStatus;
    }

    public BooleanProperty auditOkProperty() {
        return auditOk;
    }

    public BooleanProperty noUsersProperty() {
        return noUsers;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ObservableList<String> entities() {
        return entities;
    }

    public ObservableList<AppUser> users() {
        return users;
    }

    public StringProperty filterEntityProperty() {
        return filterEntity;
    }

    public StringProperty filterActorProperty() {
        return filterActor;
    }

    public ObjectProperty<LocalDate> filterFromProperty() {
        return filterFrom;
    }

    public ObjectProperty<LocalDate> filterToProperty() {
        return filterTo;
    }
}
