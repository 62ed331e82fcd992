package id.netra.safety.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.domain.BackupException;
import id.netra.safety.domain.BackupInfo;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.domain.RestoreOutcome;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.BackupArchive;

/**
 * Puts a backup in place of the current store. Order matters: verify the backup, back up the current
 * store, replay the backup beside it and check every table's digest, and only then close the live
 * store and swap the files. Any failure before the swap leaves the current store untouched.
 */
public final class RestoreService {

    private static final Logger LOG = Logger.getLogger(RestoreService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RestoreService() {
    }

    /** Verifies {@code backup} and returns its manifest, for the "compare before restoring" view. */
    public static BackupManifest inspect(Path backup, Database live) throws BackupException {
        return BackupArchive.verify(backup, live == null ? null : live.schemaVersion());
    }

    /** Current row counts to show beside the manifest's. */
    public static Map<String, Integer> currentCounts(Database live) {
        return live.rowCounts();
    }

    /**
     * Restores. {@code live} may be null when the store could not be opened (damaged): then the
     * current file is kept aside instead of backed up. {@code closeLive} closes the open store just
     * before the swap; the caller reopens afterwards.
     */
    public static RestoreOutcome restore(DataDirectory dir, Path backup, Database live, BackupSettings settings,
                                         char[] filePassword, Runnable closeLive) throws BackupException {
        BackupManifest manifest = inspect(backup, live);
        if (manifest.encrypted() && filePassword == null) {
            throw new BackupException(BackupException.Kind.NEEDS_PASSWORD, backup.toString());
        }
        Path safety = null;
        if (live != null) {
            safety = new BackupService(live, settings, new AuditStore(live), java.time.Clock.systemDefaultZone())
                    .backupTo(BackupService.freeName(settings.folder(), OffsetDateTime.now()), BackupReason.BEFORE_RESTORE)
                    .file();
        }
        Path work = dir.root().resolve("restore-work");
        BackupArchive.deleteTree(work);
        BackupArchive.replay(backup, manifest, work, manifest.encrypted() ? filePassword : null);
        if (closeLive != null) {
            closeLive.run();
        }
        Path aside = dir.root().resolve("replaced-" + STAMP.format(OffsetDateTime.now()));
        try {
            Files.createDirectories(aside);
            moveIfExists(dir.databaseFile(), aside.resolve(dir.databaseFile().getFileName()));
            moveIfExists(dir.root().resolve("netra.trace.db"), aside.resolve("netra.trace.db"));
            moveIfExists(dir.filesDir(), aside.resolve("files"));
            Files.move(work.resolve("netra.mv.db"), dir.databaseFile());
            moveIfExists(work.resolve("files"), dir.filesDir());
        } catch (IOException e) {
            // put back what was there; the replayed copy stays in restore-work for a second try
            try {
                if (!Files.exists(dir.databaseFile())) {
                    moveIfExists(aside.resolve(dir.databaseFile().getFileName()), dir.databaseFile());
                }
                if (!Files.exists(dir.filesDir())) {
                    moveIfExists(aside.resolve("files"), dir.filesDir());
                }
            } catch (IOException ignored) {
                LOG.severe("Restore could not put the previous store back; it is in " + aside);
            }
            throw new BackupException(BackupException.Kind.IO, dir.root().toString(), e);
        }
        BackupArchive.deleteTree(work);
        Path keptAside = aside;
        if (safety != null) {
            BackupArchive.deleteTree(aside);
            keptAside = null;
        }
        LOG.info("Restored " + backup + " (safety backup " + safety + ", kept aside " + keptAside + ")");
        return new RestoreOutcome(backup, manifest, safety, keptAside);
    }

    /** The newest backup in the chosen folder that passes verification, for the damaged-store screen. */
    public static Optional<BackupInfo> newestValid(BackupSettings settings) {
        for (BackupInfo b : BackupService.list(settings.folder())) {
            try {
                BackupArchive.verify(b.file(), null);
                return Optional.of(b);
            } catch (BackupException e) {
                LOG.warning("Skipping backup that does not verify: " + b.file());
            }
        }
        return Optional.empty();
    }

    private static void moveIfExists(Path from, Path to) throws IOException {
        if (Files.exists(from)) {
            Files.move(from, to);
        }
    }
}
