package id.netra.findings.store;

import static id.netra.db.schema.Tables.EVIDENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.Evidence;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.EvidenceType;

class EvidenceStoreTest {

    static final byte[] PNG_1x1 = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a1d4f2c30000000049454e44ae426082");

    @TempDir
    Path dir;
    @TempDir
    Path outside;
    FindingsFixture fx;
    EvidenceStore evidence;
    long caseId;

    @BeforeEach
    void open() throws Exception {
        fx = new FindingsFixture(dir.resolve("data"));
        evidence = fx.service.evidence();
        caseId = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void storesACopyInsideTheDataFolderWithItsHashAndDetectsLaterEdits() throws Exception {
        Path src = Files.write(outside.resolve("tangkapan layar.png"), PNG_1x1);
        Evidence e = evidence.add(caseId, src, null, "Unggahan Facebook", "op");

        Path stored = evidence.fileOf(e);
        assertThat(stored).startsWith(dir.resolve("data").resolve("files").resolve("evidence"));
        assertThat(e.type()).isEqualTo(EvidenceType.PNG);
        assertThat(e.originalName()).isEqualTo("tangkapan layar.png");
        assertThat(e.sha256()).isEqualTo(EvidenceFiles.hash(src)).hasSize(64);
        assertThat(evidence.verify(e)).isEqualTo(EvidenceCheck.INTACT);

        try (RandomAccessFile raf = new RandomAccessFile(stored.toFile(), "rw")) {
            raf.seek(raf.length() - 1);
            raf.write(0x00);
        }
        assertThat(evidence.verify(e)).isEqualTo(EvidenceCheck.CHANGED);

        Files.delete(stored);
        assertThat(evidence.verify(e)).isEqualTo(EvidenceCheck.MISSING);
    }

    @Test
    void refusesAFileThatIsNotWhatItsExtensionSaysAndLeavesNothingBehind() throws Exception {
        Path fake = Files.write(outside.resolve("foto.jpg"), "%PDF-1.4\n%fake\n".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> evidence.add(caseId, fake, null, "", "op"))
                .isInstanceOf(FindingsInputException.class)
                .satisfies(ex -> assertThat(((FindingsInputException) ex).localized()).contains("foto.jpg").contains("jpg"));
        assertNothingStored();
    }

    @Test
    void refusesAFileOverTheLimit() throws Exception {
        Path big = outside.resolve("rekaman.mp4");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.write(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'});
            raf.setLength(EvidencePolicy.MAX_BYTES + 1); // sparse: no real 100 MB written
        }
        assertThatThrownBy(() -> evidence.add(caseId, big, null, "", "op"))
                .isInstanceOf(FindingsInputException.class)
                .hasMessageContaining("findings.evidence.error.tooLarge");
        assertNothingStored();
    }

    @Test
    void refusesAMissingSourceFileAndAnUnknownCase() throws Exception {
        assertThatThrownBy(() -> evidence.add(caseId, outside.resolve("hilang.png"), null, "", "op"))
                .isInstanceOf(FindingsInputException.class).hasMessageContaining("findings.evidence.error.notFound");
        Path src = Files.write(outside.resolve("a.png"), PNG_1x1);
        assertThatThrownBy(() -> evidence.add(424242, src, null, "", "op")).isInstanceOf(FindingsInputException.class);
        assertNothingStored();
    }

    @Test
    void acceptsAClipboardScreenshot() {
        Evidence e = evidence.addPng(caseId, PNG_1x1, "tempel-layar.png", "", "op");
        assertThat(evidence.list(caseId)).containsExactly(e);
        assertThat(evidence.verify(e)).isEqualTo(EvidenceCheck.INTACT);
    }

    private void assertNothingStored() throws Exception {
        assertThat(fx.db.dsl().fetchCount(EVIDENCE)).isZero();
        Path root = dir.resolve("data").resolve("files").resolve("evidence");
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }
        }
    }
}
