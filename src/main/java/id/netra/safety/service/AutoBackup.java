package id.netra.safety.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The "at most daily while running" backup: checks every hour (first after ten minutes, so a quick
 * look at the app costs nothing) and backs up when the newest backup is a day old.
 */
public final class AutoBackup implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AutoBackup.class.getName());

    private final ScheduledExecutorService timer;

    public AutoBackup(BackupService backups) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "netra-auto-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                backups.backupIfDue().ifPresent(o -> LOG.info("Daily backup " + o.file()));
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Daily backup failed", e);
            }
        }, 10, 60, TimeUnit.MINUTES);
    }

    /**
     * Lets a backup that is running finish before the store is closed, restored or encrypted
     * underneath it: interrupting it could close H2's file mid-write.
     */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(2, TimeUnit.MINUTES)) {
                LOG.warning("Daily backup still running after two minutes; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
