package id.netra.pacts.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.pacts.domain.PactTemplate;
import id.netra.pdf.PaperSize;

/**
 * The size budget: 5,000 sheets in one PDF within 5 MB. Speed is measured by
 * {@code netra bench pacts}, not here: a timed test on a shared machine only measures the neighbours.
 */
@Tag("benchmark")
class PactBatchBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void fiveThousandSheets() throws Exception {
        PactBatch warm = PactFixtures.batch(PaperSize.A4, PactTemplate.standard().withOptions(true, true), 300);
        PactSheetRenderer.save(warm, dir.resolve("warm.pdf"));
        PactBatch batch = PactFixtures.batch(PaperSize.A4, PactTemplate.standard().withOptions(true, true), 5000);
        PactSheetRenderer.Result r = PactSheetRenderer.save(batch, dir.resolve("pakta-5000.pdf"));
        System.out.printf("BENCH pacts: %d pages, %d bytes (%.2f MB), %d ms%n", r.pages(), r.bytes(),
                r.bytes() / 1048576.0, r.millis());
        assertThat(r.pages()).isEqualTo(5000);
        assertThat(r.bytes()).isLessThanOrEqualTo(5L * 1024 * 1024);
    }
}
