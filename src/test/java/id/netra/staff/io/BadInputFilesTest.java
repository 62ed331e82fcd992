package id.netra.staff.io;

import static id.netra.staff.io.ImportFiles.fixture;
import static id.netra.staff.io.ImportFiles.parse;
import static id.netra.staff.io.ImportFiles.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.netra.i18n.Messages;

/** Every bad file gets a clear message and never a half result. */
class BadInputFilesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "empty.csv, staff.import.error.empty",
        "header-only.csv, staff.import.error.noData",
        "binary-garbage.xlsx, staff.import.error.binary",
        "password-protected.xlsx, staff.import.error.password",
        "unknown-encoding.csv, staff.import.error.encoding",
        "html-disguised.xls, staff.import.error.html",
        "no-header.csv, staff.import.error.noHeader",
        "spreadsheet.ods, staff.import.error.openDocument",
        "truncated.xlsx, staff.import.error.brokenXlsx",
        "unterminated-quote.csv, staff.import.error.brokenCsv",
    })
    void refusesTheWholeFileWithAClearMessage(String file, String key) {
        ImportProblem p = problem(file);
        assertThat(p.messageKey()).isEqualTo(key);
        assertThat(p.localized()).contains(file).doesNotStartWith("!");
    }

    @Test
    void aSheetDeclaringEntitiesIsRefusedWithoutReadingWhatTheyPointAt(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("rahasia.txt"), "ISI-RAHASIA");
        Path file = dir.resolve("entities.xlsx");
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NIP</t></is></c><c r=\"B1\" t=\"inlineStr\">"
                + "<is><t>Nama</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>198506122010011003"
                + "</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>";
        ImportFiles.replaceEntry(fixture("formula-cells.xlsx"), "xl/worksheets/sheet1.xml", sheet, file);

        ImportProblem p = org.junit.jupiter.api.Assertions.assertThrows(ImportProblem.class, () -> parse(file));
        assertThat(p.messageKey()).isEqualTo("staff.import.error.brokenXlsx");
        assertThat(p.localized()).doesNotContain("ISI-RAHASIA");
    }

    @Test
    void anXlsxThatIsReallyACsvIsReadAsCsv() throws Exception {
        DetectedSource d = FormatDetector.detect(fixture("really-csv.xlsx"));
        assertThat(d.format()).isEqualTo(SourceFormat.CSV);
        assertThat(d.delimiter()).isEqualTo(';');
        assertThat(parse("really-csv.xlsx")).hasSize(2).allMatch(ParsedRow::isValid);
    }

    @Test
    void formulaCellsGiveTheirCachedResults() throws Exception {
        List<ParsedRow> rows = parse("formula-cells.xlsx");
        assertThat(rows).hasSize(1);
        ParsedRow r = rows.get(0);
        assertThat(r.errors()).isEmpty();
        assertThat(r.draft().nip()).isEqualTo("198506122010011003");
        assertThat(r.draft().name().full()).isEqualTo("Dr. Ahmad Fauzi");
        assertThat(r.draft().birthDate()).hasToString("1985-06-12");
        assertThat(r.draft().grade().code()).isEqualTo("III/a");
    }

    @Test
    void nipsStoredAsNumbersAreRejectedAsExcelDamageButTextNipsPass() throws Exception {
        List<ParsedRow> rows = parse("nip-as-number.xlsx");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).errors()).singleElement().satisfies(i -> {
            assertThat(i.row()).isEqualTo(2);
            assertThat(i.column()).isEqualTo("NIP");
            assertThat(i.reason()).contains("NIP rusak oleh Excel");
        });
        assertThat(rows.get(1).isValid()).isTrue();
    }

    @Test
    void excelDamagedNipsInACsvAreNamed() throws Exception {
        List<ParsedRow> rows = parse("excel-damaged-nip.csv");
        assertThat(rows.get(0).errors()).extracting(RowIssue::key).containsExactly("staff.rule.excelDamaged");
        assertThat(rows.get(1).errors()).extracting(RowIssue::key).containsExactly("staff.rule.excelDamaged");
        assertThat(rows.get(2).isValid()).isTrue();
    }

    @Test
    void aDuplicatedNipRejectsTheLaterRowAndNamesTheFirst() throws Exception {
        List<ParsedRow> rows = parse("duplicate-nip.csv");
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(1).isValid()).isTrue();
        assertThat(rows.get(2).errors()).singleElement().satisfies(i -> {
            assertThat(i.row()).isEqualTo(4);
            assertThat(i.key()).isEqualTo("staff.import.issue.duplicate");
            assertThat(i.reason()).contains("2");
        });
    }

    @Test
    void aRowWithTooFewColumnsIsRejectedAlone() throws Exception {
        List<ParsedRow> rows = parse("too-few-columns.csv");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).errors()).singleElement().satisfies(i -> {
            assertThat(i.row()).isEqualTo(3);
            assertThat(i.reason()).contains("3").contains("4");
        });
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(2).isValid()).isTrue();
    }

    @Test
    void badValuesAreEachPinnedToRowColumnAndReason() throws Exception {
        List<ParsedRow> rows = parse("bad-values.csv");
        assertThat(rows).hasSize(8).noneMatch(ParsedRow::isValid);
        assertThat(rows).extracting(r -> r.errors().get(0).key()).containsExactly(
                "staff.rule.nip.birthDate", "staff.rule.nip.tmtBeforeAdult", "staff.rule.nip.sexDigit",
                "staff.rule.nip.length", "staff.rule.grade.unknown", "staff.rule.positionType.unknown",
                "staff.import.issue.badDate", "staff.import.issue.noName");
        assertThat(rows.get(4).errors().get(0).column()).isEqualTo("Gol");
        assertThat(rows.get(4).errors().get(0).describe()).isEqualTo("Baris 6, kolom Gol: Golongan \"V/a\" tidak dikenal");
    }

    @Test
    void aTenMegabyteCellIsRejectedWithoutTroubleAndOtherRowsSurvive(@TempDir Path dir) throws IOException,
            ImportProblem {
        Path file = dir.resolve("huge-cell.csv");
        String huge = "A".repeat(10 * 1024 * 1024);
        Files.writeString(file, "NIP,Nama\n198506122010011003,\"" + huge + "\"\n199001012015032001,Siti Aminah\n",
                StandardCharsets.UTF_8);
        List<ParsedRow> rows = parse(file);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).errors()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("staff.import.issue.tooLong");
            assertThat(i.column()).isEqualTo("Nama");
        });
        assertThat(rows.get(1).isValid()).isTrue();
    }

    @Test
    void nonAsnRowsNeedAValidNik() throws Exception {
        List<ParsedRow> rows = parse("honorer-nik.csv");
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(0).draft().nik()).isEqualTo("3201011506900001");
        assertThat(rows.get(0).draft().nip()).isNull();
        assertThat(rows.get(1).isValid()).isTrue();
        assertThat(rows.get(1).draft().sex()).hasToString("FEMALE");
        assertThat(rows.get(2).errors()).extracting(RowIssue::key).containsExactly("staff.rule.nik.birthDate");
        assertThat(rows.get(3).errors()).extracting(RowIssue::key).containsExactly("staff.import.issue.noIdentity");
        assertThat(rows.get(4).isValid()).isTrue();
        assertThat(rows.get(4).draft().kind()).hasToString("PPPK");
    }

    @Test
    void sexOrBirthDateDisagreeingWithTheNipWarnsButDoesNotGuess() throws Exception {
        List<ParsedRow> rows = parse("sex-mismatch.csv");
        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.get(0).draft().sex()).hasToString("FEMALE");
        assertThat(rows.get(0).warnings()).extracting(RowIssue::key).containsExactly("staff.import.issue.sexMismatch");
        assertThat(rows.get(1).warnings()).extracting(RowIssue::key).containsExactly("staff.import.issue.birthMismatch");
    }

    @Test
    void anUnknownStaffKindIsAnError() throws Exception {
        assertThat(parse("unknown-kind.csv").get(0).errors()).extracting(RowIssue::key)
                .containsExactly("staff.rule.kind.unknown");
    }

    @Test
    void aMappingWithoutNameIsRefusedOnce() throws Exception {
        SourceTable t = StaffFileReader.read(fixture("duplicate-nip.csv"));
        ColumnMapping m = ColumnMapping.auto(t.header()).with(id.netra.staff.domain.StaffField.NAME, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> StaffImportReader.validate(t, m, ImportFiles.TODAY, ReadListener.NONE))
                .isInstanceOfSatisfying(ImportProblem.class,
                        e -> assertThat(e.messageKey()).isEqualTo("staff.import.error.mappingNoName"));
    }

    @Test
    void everyMessageKeyUsedHereExistsInBothLanguages() {
        for (String key : List.of("staff.import.error.empty", "staff.import.issue.tooLong", "staff.rule.excelDamaged")) {
            assertThat(Messages.tr(key, "x", 1, 2)).doesNotStartWith("!");
        }
    }
}
