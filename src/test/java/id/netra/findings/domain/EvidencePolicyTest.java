package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EvidencePolicyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    void acceptsAFileWhoseContentMatchesItsExtension() {
        EvidencePolicy.Result r = EvidencePolicy.check("tangkapan.png", 1000, PNG);
        assertThat(r.accepted()).isTrue();
        assertThat(r.type()).isEqualTo(EvidenceType.PNG);
    }

    @Test
    void rejectsAPdfNamedAsJpeg() {
        byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(EvidencePolicy.check("foto.jpg", 1000, pdf).problems())
                .containsExactly(Problem.of("findings.evidence.error.mismatch", "foto.jpg", "jpg", "application/pdf"));
    }

    @Test
    void rejectsUnknownBinaryContent() {
        assertThat(EvidencePolicy.check("foto.jpg", 1000, EXE).problems()).extracting(Problem::messageKey)
                .containsExactly("findings.evidence.error.unknownType");
    }

    @Test
    void rejectsFilesOverTheLimitAndEmptyFiles() {
        assertThat(EvidencePolicy.check("video.mp4", EvidencePolicy.MAX_BYTES + 1, PNG).problems())
                .extracting(Problem::messageKey).containsExactly("findings.evidence.error.tooLarge");
        assertThat(EvidencePolicy.check("a.png", 0, new byte[0]).accepted()).isFalse();
    }

    @Test
    void officeDocumentsAreZipOrOleContainers() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(EvidencePolicy.check("BAP.docx", 5000, zip).type()).isEqualTo(EvidenceType.OFFICE_ZIP);
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};
        assertThat(EvidencePolicy.check("rekaman.mp4", 5000, mp4).type()).isEqualTo(EvidenceType.MP4);
    }
}
