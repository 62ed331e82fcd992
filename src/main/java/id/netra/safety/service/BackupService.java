package id.netra.safety.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import id.netra.safety.store.BuildInfo;
import id.netra.db.Database;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.domain.BackupException;
import id.netra.safety.domain.BackupInfo;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.BackupOutcome;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.BackupArchive;

/** Backups of the open store: now, daily, at exit; the folder's list; rotation that never loses good ones. */
public final class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    static final String PREFIX = "netra-cadangan-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final BackupSettings settings;
    private final AuditStore audit;
    private final Clock clock;

    public BackupService(Database db, BackupSettings settings, AuditStore audit, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Writes a backup into the chosen folder, verifies it, then rotates - unless anything looks wrong. */
    public BackupOutcome backupNow(BackupReason reason) throws BackupException {
        Path folder = settings.folder();
        Path target = freeName(folder, OffsetDateTime.now(clock));
        BackupOutcome written = backupTo(target, reason);
        String warning = null;
        AuditReport report = audit.verify();
        if (!report.ok()) {
            warning = "safety.backup.warn.auditFailed";
        } else {
            try {
                BackupArchive.verify(target, db.schemaVersion());
            } catch (BackupException e) {
                warning = "safety.backup.warn.newBackupBad";
            }
        }
        if (warning != null) {
            LOG.warning("Backup rotation skipped: " + warning + " (" + target + ")");
            return new BackupOutcome(target, written.manifest(), written.millis(), true, warning, List.of());
        }
        return new BackupOutcome(target, written.manifest(), written.millis(), false, null, rotate(folder, target));
    }

    /** A backup to an explicit file (CLI {@code --out}); no rotation. */
    public BackupOutcome backupTo(Path target, BackupReason reason) throws BackupException {
        long t0 = System.nanoTime();
        BackupManifest m = BackupArchive.write(db, target, reason, BuildInfo.version());
        return new BackupOutcome(target, m, (System.nanoTime() - t0) / 1_000_000, false, null, List.of());
    }

    /** At most one automatic backup a day while running. */
    public Optional<BackupOutcome> backupIfDue() throws BackupException {
        Optional<BackupInfo> newest = newestReadable();
        if (newest.isPresent() && Duration.between(newest.get().manifest().createdAt(),
                OffsetDateTime.now(clock)).compareTo(Duration.ofDays(1)) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow(BackupReason.DAILY));
    }

    /** At exit: only when something changed since the newest backup (the audit head moved). */
    public Optional<BackupOutcome> backupAtExit() throws BackupException {
        Optional<BackupInfo> newest = newestReadable();
        if (newest.isPresent() && newest.get().manifest().auditHeadSeq() == audit.headSeq()
                && newest.get().manifest().schemaVersion().equals(db.schemaVersion())) {
            return Optional.empty();
        }
        return Optional.of(backupNow(BackupReason.EXIT));
    }

    /** Backups in the folder, newest first; unreadable ones included (manifest null) so the clerk sees them. */
    public List<BackupInfo> list() {
        return list(settings.folder());
    }

    public static List<BackupInfo> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> stem(p)).reversed())
                    .map(p -> new BackupInfo(p, size(p), BackupArchive.peek(p)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<BackupInfo> newestReadable() {
        return list().stream().filter(BackupInfo::readable).findFirst();
    }

    /**
     * Keeps the newest {@code keep} backups that verify; deletes older ones only once that many good
     * ones exist. Corrupt files are never counted as good and never deleted automatically (the clerk
     * may want to show them to someone). {@code verified} was checked just now and is not read again.
     */
    List<Path> rotate(Path folder, Path verified) {
        int keep = settings.keep();
        int good = 0;
        List<Path> deleted = new ArrayList<>();
        for (BackupInfo b : list(folder)) {
            if (good < keep) {
                try {
                    if (!b.file().equals(verified)) {
                        BackupArchive.verify(b.file(), null);
                    }
                    good++;
                } catch (BackupException e) {
                    LOG.warning("Backup does not verify, kept and not counted: " + b.file());
                }
            } else if (b.readable()) {
                try {
                    Files.delete(b.file());
                    deleted.add(b.file());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete old backup " + b.file(), e);
                }
            }
        }
        return deleted;
    }

    static Path freeName(Path folder, OffsetDateTime now) {
        String base = PREFIX + STAMP.format(now);
        Path p = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(p); i++) {
            p = folder.resolve(base + "-" + i + ".zip");
        }
        return p;
    }

    /** Name without ".zip", so "...-131820" sorts before its same-second sibling "...-131820-2". */
    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ".zip".length());
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
