package id.netra.staff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.staff.domain.StaffDraft;

/** Both shipped sample rosters read without a single rejected row, and describe the same people. */
class SampleFilesTest {

    @Test
    void siasnSampleReadsCleanly() throws Exception {
        List<ParsedRow> rows = ImportFiles.parse(Path.of("samples/staff-siasn.csv"));
        assertThat(rows).hasSize(300);
        assertThat(rows).flatMap(ParsedRow::errors).isEmpty();
    }

    @Test
    void simpegSampleIsTheSamePeopleInSimpegStyle() throws Exception {
        SourceTable t = StaffFileReader.read(Path.of("samples/staff-simpeg.xlsx"));
        assertThat(t.source().format()).isEqualTo(SourceFormat.XLSX);
        assertThat(t.header()).contains("NIP", "Nama", "Pangkat/Gol", "Jabatan", "Unit Kerja");
        assertThat(t.headerRowNumber()).isEqualTo(3);
        List<ParsedRow> rows = ImportFiles.parse(Path.of("samples/staff-simpeg.xlsx"));
        assertThat(rows).flatMap(ParsedRow::errors).isEmpty();
        List<StaffDraft> fromXlsx = rows.stream().map(ParsedRow::draft).toList();
        List<StaffDraft> fromCsv = SimpegSampleWriter.people(Path.of("samples/staff-siasn.csv"));
        assertThat(fromXlsx).containsExactlyElementsOf(fromCsv);
    }
}
