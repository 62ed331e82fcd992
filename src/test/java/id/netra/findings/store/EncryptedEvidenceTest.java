package id.netra.findings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.FileVault;
import id.netra.findings.domain.Evidence;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.service.FindingsService;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.EncryptionService;

/** Evidence keeps its hash, its checks and its viewer copy when the store encrypts its files. */
class EncryptedEvidenceTest {

    private static final char[] PASSWORD = "rahasia-dinas-2024".toCharArray();

    @TempDir
    Path root;

    @Test
    void evidenceIsCiphertextOnDiskButChecksAndOpensAsTakenIn() throws Exception {
        Path data = root.resolve("data");
        Path src = Files.write(root.resolve("spanduk.png"), EvidenceStoreTest.PNG_1x1);
        Evidence before;
        long caseId;
        FindingsFixture fx = new FindingsFixture(data);
        caseId = fx.newCase(LocalDate.of(2026, 11, 2), "D1");
        before = fx.service.evidence().add(caseId, src, null, "Foto spanduk", "op");
        DataDirectory dir = new DataDirectory(data);
        EncryptionService.enable(fx.db, new BackupSettings(dir), PASSWORD, fx::close);

        try (Database db = Database.open(dir, PASSWORD)) {
            EvidenceStore evidence = FindingsService.open(db, fx.clock).evidence();
            // the file taken in before encryption was converted, and still checks against its intake hash
            assertThat(FileVault.isEncrypted(evidence.fileOf(before))).isTrue();
            assertThat(evidence.verify(before)).isEqualTo(EvidenceCheck.INTACT);
            assertThat(Files.readAllBytes(evidence.openable(before))).isEqualTo(EvidenceStoreTest.PNG_1x1);

            // a file taken in now is written encrypted, hashed as the clerk's original
            Path second = Files.write(root.resolve("kedua.png"), EvidenceStoreTest.PNG_1x1);
            Evidence after = evidence.add(caseId, second, null, "Tangkapan layar", "op");
            assertThat(FileVault.isEncrypted(evidence.fileOf(after))).isTrue();
            assertThat(after.sha256()).isEqualTo(EvidenceFiles.hash(second));
            assertThat(evidence.verify(after)).isEqualTo(EvidenceCheck.INTACT);

            // one flipped byte of ciphertext fails authentication: reported as changed, not missing
            try (RandomAccessFile raf = new RandomAccessFile(evidence.fileOf(after).toFile(), "rw")) {
                raf.seek(raf.length() - 1);
                int last = raf.read();
                raf.seek(raf.length() - 1);
                raf.write(last ^ 0x01);
            }
            assertThat(evidence.verify(after)).isEqualTo(EvidenceCheck.CHANGED);
        }
    }
}
