package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.domain.BackupException;
import id.netra.safety.domain.BackupOutcome;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.domain.RestoreOutcome;
import id.netra.safety.service.BackupService;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.RestoreService;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.BackupArchive;
import id.netra.samples.SampleLoader;

class BackupRestoreTest {

    @TempDir
    Path root;

    private static BackupService service(Database db) {
        return new BackupService(db, new BackupSettings(db.directory()), new AuditStore(db), Clock.systemDefaultZone());
    }

    @Test
    void backupThenRestoreGivesIdenticalRowsInEveryTableAndTheSameEvidenceFiles() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        Map<String, String> before;
        Path backup;
        byte[] evidence = "tangkapan layar".getBytes();
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            Files.createDirectories(dir.filesDir().resolve("2024"));
            Files.write(dir.filesDir().resolve("2024/bukti-1.png"), evidence);
            before = BackupArchive.digestsOf(db);
            BackupOutcome o = service(db).backupNow(BackupReason.MANUAL);
            backup = o.file();
            assertThat(o.manifest().counts()).containsEntry("staff", 300);
            assertThat(o.manifest().parts()).extracting(p -> p.name()).contains("netra.sql", "files/2024/bukti-1.png");
            // the store moves on after the backup
            db.dsl().execute("UPDATE STAFF SET NAME = 'Sudah Berubah'");
            Files.delete(dir.filesDir().resolve("2024/bukti-1.png"));
            Files.write(dir.filesDir().resolve("baru.txt"), new byte[] {1, 2, 3});
            assertThat(BackupArchive.digestsOf(db)).isNotEqualTo(before);

            Database live = db;
            RestoreOutcome r = RestoreService.restore(dir, backup, db, new BackupSettings(dir), null, live::close);
            assertThat(r.safetyBackup()).exists();
            assertThat(r.keptAside()).isNull();
        }
        try (Database reopened = Database.open(dir)) {
            Map<String, String> after = BackupArchive.digestsOf(reopened);
            assertThat(after).isEqualTo(before);
            assertThat(new AuditStore(reopened).verify().problems()).isEmpty();
        }
        assertThat(Files.readAllBytes(dir.filesDir().resolve("2024/bukti-1.png"))).isEqualTo(evidence);
        assertThat(dir.filesDir().resolve("baru.txt")).doesNotExist();
    }

    @Test
    void aTruncatedOrEmptyBackupIsRefusedAndTheCurrentStoreIsUntouched() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            Path good = service(db).backupNow(BackupReason.MANUAL).file();
            byte[] bytes = Files.readAllBytes(good);
            Path truncated = root.resolve("terpotong.zip");
            Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
            Path empty = Files.createFile(root.resolve("kosong.zip"));
            Map<String, String> digests = BackupArchive.digestsOf(db);

            assertThatThrownBy(() -> RestoreService.restore(dir, truncated, db, new BackupSettings(dir), null, db::close))
                    .isInstanceOfSatisfying(BackupException.class, e -> {
                        assertThat(e.kind()).isEqualTo(BackupException.Kind.NOT_A_BACKUP);
                        assertThat(e.localized()).contains("bukan cadangan Netra atau terpotong");
                    });
            assertThatThrownBy(() -> BackupArchive.verify(empty, null))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.kind()).isEqualTo(BackupException.Kind.EMPTY));
            assertThat(BackupArchive.digestsOf(db)).isEqualTo(digests);
        }
    }

    @Test
    void aBackupWithAnAlteredPartIsRefused() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            Path good = service(db).backupNow(BackupReason.MANUAL).file();
            // rewrite the script entry with one changed byte, keeping the manifest
            Path bad = root.resolve("diubah.zip");
            try (var in = new java.util.zip.ZipFile(good.toFile());
                 var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
                for (var e : java.util.Collections.list(in.entries())) {
                    byte[] b = in.getInputStream(e).readAllBytes();
                    if (e.getName().equals("netra.sql")) {
                        b[b.length / 2] ^= 1;
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    out.write(b);
                    out.closeEntry();
                }
            }
            assertThatThrownBy(() -> BackupArchive.verify(bad, null))
                    .isInstanceOfSatisfying(BackupException.class, e -> assertThat(e.kind()).isEqualTo(BackupException.Kind.PART_DAMAGED));
        }
    }

    @Test
    void rotationKeepsTheNewestGoodBackupsAndNeverCountsCorruptOnes() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        BackupSettings settings = new BackupSettings(dir);
        settings.save(root.resolve("usb"), 2);
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            BackupService s = service(db);
            Path first = s.backupNow(BackupReason.MANUAL).file();
            Path second = s.backupNow(BackupReason.MANUAL).file();
            // a corrupt file that sorts newest must not push the good ones out
            Path corrupt = root.resolve("usb").resolve("netra-cadangan-29991231-235959.zip");
            Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0});
            BackupOutcome third = s.backupNow(BackupReason.MANUAL);
            assertThat(third.deleted()).containsExactly(first);
            assertThat(second).exists();
            assertThat(third.file()).exists();
            assertThat(corrupt).exists();
            assertThat(third.file().getParent()).isEqualTo(root.resolve("usb"));
        }
    }

    @Test
    void exitBackupIsSkippedWhenNothingChanged() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            BackupService s = service(db);
            assertThat(s.backupAtExit()).isPresent();
            assertThat(s.backupAtExit()).isEmpty();
            db.dsl().execute("UPDATE STAFF SET NAME = 'X' WHERE ID = (SELECT MIN(ID) FROM STAFF)");
            assertThat(s.backupAtExit()).isPresent();
            assertThat(s.backupIfDue()).isEmpty();
        }
    }
}
