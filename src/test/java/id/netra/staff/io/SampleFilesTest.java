package id.netra.staff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Both shipped sample rosters read without a single rejected row. */
class SampleFilesTest {

    @Test
    void siasnSampleReadsCleanly() throws Exception {
        List<ParsedRow> rows = ImportFiles.parse(Path.of("samples/staff-siasn.csv"));
        assertThat(rows).hasSize(300);
        assertThat(rows).flatMap(ParsedRow::errors).isEmpty();
    }
}
