package id.netra.safety.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.h2.tools.ChangeFileEncryption;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.FileVault;
import id.netra.safety.domain.BackupException;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.store.AuditStore;

/**
 * Turns encryption at rest on or off: a backup first, then the store is closed and converted with
 * H2's ChangeFileEncryption, then every evidence file is converted the same way. The caller reopens
 * with the new password (or none).
 */
public final class EncryptionService {

    private EncryptionService() {
    }

    /**
     * Encrypts the store and every file under the files folder (evidence, activity attachments,
     * scans). The capabilities that keep files read and write them through {@link Database#files()},
     * so they keep working on ciphertext.
     */
    public static Path enable(Database live, BackupSettings settings, char[] newPassword, Runnable closeLive)
            throws BackupException, IOException, SQLException {
        if (live.isEncrypted()) {
            throw new IllegalStateException("already encrypted");
        }
        if (newPassword == null || newPassword.length < UserService.MIN_PASSWORD) {
            throw new SafetyInputException("safety.users.error.password", UserService.MIN_PASSWORD);
        }
        DataDirectory dir = live.directory();
        Path backup = safetyBackup(live, settings);
        closeLive.run();
        ChangeFileEncryption.execute(dir.root().toString(), "netra", "AES", null, newPassword.clone(), true);
        FileVault vault = FileVault.forPassword(dir.filesDir(), newPassword);
        for (Path f : evidence(dir)) {
            if (!FileVault.isEncrypted(f)) {
                vault.write(f, Files.readAllBytes(f));
            }
        }
        return backup;
    }

    public static Path disable(Database live, BackupSettings settings, Runnable closeLive)
            throws BackupException, IOException, SQLException {
        char[] current = live.filePassword();
        if (current == null) {
            throw new IllegalStateException("not encrypted");
        }
        DataDirectory dir = live.directory();
        Path backup = safetyBackup(live, settings);
        FileVault vault = live.files();
        closeLive.run();
        ChangeFileEncryption.execute(dir.root().toString(), "netra", "AES", current, null, true);
        for (Path f : evidence(dir)) {
            if (FileVault.isEncrypted(f)) {
                byte[] plain = vault.read(f);
                FileVault.plain().write(f, plain);
            }
        }
        Files.deleteIfExists(dir.filesDir().resolve(".netra-key"));
        return backup;
    }

    private static Path safetyBackup(Database live, BackupSettings settings) throws BackupException {
        return new BackupService(live, settings, new AuditStore(live), Clock.systemDefaultZone())
                .backupTo(BackupService.freeName(settings.folder(), OffsetDateTime.now()), BackupReason.BEFORE_ENCRYPTION)
                .file();
    }

    private static List<Path> evidence(DataDirectory dir) throws IOException {
        if (!Files.isDirectory(dir.filesDir())) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir.filesDir())) {
            return s.filter(Files::isRegularFile).filter(p -> !FileVault.isVaultFile(p)).toList();
        }
    }
}
