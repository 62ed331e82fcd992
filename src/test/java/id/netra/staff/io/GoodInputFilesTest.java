package id.netra.staff.io;

import static id.netra.staff.io.ImportFiles.fixture;
import static id.netra.staff.io.ImportFiles.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.StaffField;

class GoodInputFilesTest {

    @Test
    void readsSiasnExportWithItsUpperCaseHeadings() throws Exception {
        SourceTable t = StaffFileReader.read(fixture("siasn-export.csv"));
        assertThat(t.source().format()).isEqualTo(SourceFormat.CSV);
        assertThat(t.source().delimiter()).isEqualTo(',');
        assertThat(t.header()).hasSize(66);
        ColumnMapping m = ColumnMapping.auto(t.header());
        assertThat(m.heading(StaffField.NIP)).isEqualTo("NIP BARU");
        assertThat(m.heading(StaffField.GRADE)).isEqualTo("GOL AKHIR NAMA");
        assertThat(m.heading(StaffField.SUB_UNIT)).isEqualTo("UNOR NAMA");
        assertThat(m.heading(StaffField.KIND)).isEqualTo("JENIS PEGAWAI NAMA");
        assertThat(m.heading(StaffField.BIRTH_PLACE)).isEqualTo("TEMPAT LAHIR NAMA");
        List<ParsedRow> rows = parse("siasn-export.csv");
        assertThat(rows).hasSize(25);
        assertThat(rows).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        assertThat(rows).allSatisfy(r -> assertThat(r.warnings()).isEmpty());
    }

    @Test
    void readsExcelSemicolonCsvWithBom() throws Exception {
        DetectedSource d = FormatDetector.detect(fixture("excel-semicolon-bom.csv"));
        assertThat(d.bom()).isTrue();
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.delimiter()).isEqualTo(';');
        List<ParsedRow> rows = parse("excel-semicolon-bom.csv");
        assertThat(rows).hasSize(2).allMatch(ParsedRow::isValid);
        assertThat(rows.get(0).draft().name().full()).isEqualTo("Dr. H. Ahmad Fauzi, S.Pd., M.Si.");
        assertThat(rows.get(0).draft().positionType()).isEqualTo(PositionType.MANAJERIAL);
        assertThat(rows.get(1).draft().positionType()).isEqualTo(PositionType.PELAKSANA);
        assertThat(rows.get(1).draft().grade().code()).isEqualTo("III/b");
    }

    @Test
    void readsWindows1252() throws Exception {
        DetectedSource d = FormatDetector.detect(fixture("windows-1252-semicolon.csv"));
        assertThat(d.charset()).isEqualTo(FormatDetector.WINDOWS_1252);
        List<ParsedRow> rows = parse("windows-1252-semicolon.csv");
        assertThat(rows).extracting(r -> r.draft().name().name()).containsExactly("Andr\u00e9 Sitompul",
                "Ren\u00e9e Ma\u00eftre");
    }

    @Test
    void readsExcelUnicodeText() throws Exception {
        DetectedSource d = FormatDetector.detect(fixture("unicode-text-utf16.txt"));
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(d.delimiter()).isEqualTo('\t');
        assertThat(parse("unicode-text-utf16.txt")).singleElement().matches(ParsedRow::isValid);
    }

    @Test
    void findsTheHeadingUnderTitleRowsAndSpreadsMergedCells() throws Exception {
        SourceTable t = StaffFileReader.read(fixture("simpeg-title-merged.xlsx"));
        assertThat(t.source().format()).isEqualTo(SourceFormat.XLSX);
        assertThat(t.headerRowNumber()).isEqualTo(4);
        List<ParsedRow> rows = parse("simpeg-title-merged.xlsx");
        assertThat(rows).hasSize(3).allMatch(ParsedRow::isValid);
        assertThat(rows).extracting(r -> r.draft().subUnitName())
                .containsExactly("SD Negeri 1", "SD Negeri 1", "Sekretariat");
        assertThat(rows).extracting(r -> r.draft().grade().code()).containsExactly("III/a", "III/b", "III/c");
        assertThat(rows.get(0).rowNumber()).isEqualTo(5);
    }

    @Test
    void readsLegacyXls() throws Exception {
        SourceTable t = StaffFileReader.read(fixture("legacy-simpeg.xls"));
        assertThat(t.source().format()).isEqualTo(SourceFormat.XLS);
        List<ParsedRow> rows = parse("legacy-simpeg.xls");
        assertThat(rows).hasSize(2).allMatch(ParsedRow::isValid);
        assertThat(rows.get(1).draft().sex()).hasToString("FEMALE");
        assertThat(rows.get(1).draft().subUnitName()).isEqualTo("Bidang SMP");
    }

    @Test
    void joinsATwoLineHeadingAndSkipsColumnNumbering() throws Exception {
        SourceTable t = StaffFileReader.read(fixture("two-line-header.xlsx"));
        assertThat(t.header()).containsExactly("No", "NIP", "Nama", "Pangkat", "Gol", "Unit Kerja");
        List<ParsedRow> rows = parse("two-line-header.xlsx");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.errors()).isEmpty();
            assertThat(r.draft().grade().code()).isEqualTo("III/a");
        });
    }

    @Test
    void titlesWrittenInsideTheNameAreSplitWhenThereAreNoTitleColumns() throws Exception {
        var d = parse("titles-in-name.csv").get(0).draft();
        assertThat(d.name().titleFront()).isEqualTo("Dr. H.");
        assertThat(d.name().name()).isEqualTo("Ahmad Fauzi");
        assertThat(d.name().titleBack()).isEqualTo("S.Pd., M.Si.");
        assertThat(d.name().full()).isEqualTo("Dr. H. Ahmad Fauzi, S.Pd., M.Si.");
    }
}
