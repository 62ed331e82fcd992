package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.FileVault;
import id.netra.db.StoreException;
import id.netra.db.StoreFiles;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.service.BackupService;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.EncryptionService;
import id.netra.safety.service.RestoreService;
import id.netra.safety.store.AuditStore;
import id.netra.safety.store.BackupArchive;
import id.netra.samples.SampleLoader;

class EncryptionTest {

    @TempDir
    Path root;

    private static final char[] PASSWORD = "kunci-rahasia-1".toCharArray();

    @Test
    void aWrongOrMissingPasswordCannotOpenAnEncryptedStoreAndSaysSo() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        try (Database db = Database.open(dir, PASSWORD)) {
            new SampleLoader(db).load();
        }
        assertThat(StoreFiles.isEncrypted(dir.databaseFile())).isTrue();
        assertThatThrownBy(() -> Database.open(dir, "kunci-salah-99".toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSWORD);
                    assertThat(e.localized()).startsWith("Kata sandi untuk data di").contains(root.toString());
                });
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.WRONG_PASSWORD));
        try (Database db = Database.open(dir, PASSWORD)) {
            assertThat(db.rowCounts()).containsEntry("staff", 300);
        }
    }

    @Test
    void turningEncryptionOnAndOffKeepsEveryRowAndEvidenceFile() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        BackupSettings settings = new BackupSettings(dir);
        Map<String, String> digests;
        byte[] photo = "foto bukti spanduk".getBytes();
        Database db = Database.open(dir);
        new SampleLoader(db).load();
        Files.createDirectories(dir.filesDir());
        Files.write(dir.filesDir().resolve("bukti.jpg"), photo);
        digests = BackupArchive.digestsOf(db);
        Database live = db;
        Path before = EncryptionService.enable(db, settings, PASSWORD, live::close);
        assertThat(before).exists();
        assertThat(StoreFiles.isEncrypted(dir.databaseFile())).isTrue();
        assertThat(FileVault.isEncrypted(dir.filesDir().resolve("bukti.jpg"))).isTrue();
        assertThat(new String(Files.readAllBytes(dir.filesDir().resolve("bukti.jpg")))).doesNotContain("spanduk");

        try (Database enc = Database.open(dir, PASSWORD)) {
            assertThat(BackupArchive.digestsOf(enc)).isEqualTo(digests);
            assertThat(enc.files().read(dir.filesDir().resolve("bukti.jpg"))).isEqualTo(photo);
            // a backup of an encrypted store is encrypted too, and restores with the password
            Path backup = new BackupService(enc, settings, new AuditStore(enc), Clock.systemDefaultZone())
                    .backupTo(root.resolve("enc.zip"), BackupReason.MANUAL).file();
            try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
                String script = new String(zip.getInputStream(zip.getEntry("netra.sql")).readAllBytes(),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(script).doesNotContain("CREATE TABLE").doesNotContain("Pegawai");
            }
            assertThat(BackupArchive.verify(backup, null).encrypted()).isTrue();
            Database e2 = enc;
            RestoreService.restore(dir, backup, enc, settings, PASSWORD, e2::close);
        }
        Database reopened = Database.open(dir, PASSWORD);
        assertThat(BackupArchive.digestsOf(reopened)).containsEntry("staff", digests.get("staff"));
        Database r = reopened;
        EncryptionService.disable(reopened, settings, r::close);
        try (Database plain = Database.open(dir)) {
            assertThat(BackupArchive.digestsOf(plain)).containsEntry("staff", digests.get("staff"));
            assertThat(Files.readAllBytes(dir.filesDir().resolve("bukti.jpg"))).isEqualTo(photo);
        }
    }

    @Test
    void everyCommandOpensAnEncryptedStoreWithThePasswordFromTheEnvironment() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        try (Database db = Database.open(dir, PASSWORD)) {
            new SampleLoader(db).load();
        }
        // info, report, import-staff ... all open the store the same way; info stands for them
        Process.Result with = Process.run(dir, "info", new String(PASSWORD));
        assertThat(with.exit()).as(with.output()).isZero();
        assertThat(with.output()).containsPattern("staff\\s+300");
        Process.Result without = Process.run(dir, "info", null);
        assertThat(without.exit()).isEqualTo(1);
        assertThat(without.output()).contains(Database.PASSWORD_VARIABLE).doesNotContain("Exception");
    }

    /** The command line in a child JVM, with or without the password variable. */
    private static final class Process {
        record Result(int exit, String output) {
        }

        static Result run(DataDirectory dir, String command, String password) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "id.netra.app.Main", "--data-dir",
                    dir.root().toString(), command).redirectErrorStream(true);
            pb.environment().remove(Database.PASSWORD_VARIABLE);
            if (password != null) {
                pb.environment().put(Database.PASSWORD_VARIABLE, password);
            }
            java.lang.Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Result(p.waitFor(), out);
        }
    }
}
