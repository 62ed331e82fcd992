package id.netra.safety.service;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import id.netra.db.Database;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.UserStore;

/**
 * The safety capability as the composition root sees it: one object to build, hand out and close.
 * Keeps the result of the audit check run at start for the Keamanan screen.
 */
public final class SafetyServices implements AutoCloseable {

    private final AuditStore audit;
    private final BackupService backups;
    private final UserService users;
    private final AutoBackup autoBackup;
    private final AtomicReference<AuditReport> lastAudit = new AtomicReference<>();

    public SafetyServices(Database db, boolean autoBackup) {
        this.audit = new AuditStore(db);
        this.backups = new BackupService(db, new BackupSettings(db.directory()), audit, Clock.systemDefaultZone());
        this.users = new UserService(db, new UserStore(db), new CurrentUser(), Clock.systemDefaultZone());
        this.autoBackup = autoBackup ? new AutoBackup(backups) : null;
    }

    public AuditStore audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    public UserService users() {
        return users;
    }

    public CurrentUser currentUser() {
        return users.current();
    }

    /** Runs the audit check and remembers the result (slow on big stores: call off the UI thread). */
    public AuditReport checkAudit() {
        AuditReport r = audit.verify();
        lastAudit.set(r);
        return r;
    }

    /** The last check's result, null before the first. */
    public AuditReport lastAudit() {
        return lastAudit.get();
    }

    @Override
    public void close() {
        if (autoBackup != null) {
            autoBackup.close();
        }
    }
}
