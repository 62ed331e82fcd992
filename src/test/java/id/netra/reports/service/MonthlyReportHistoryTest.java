package id.netra.reports.service;

import static id.netra.db.schema.Tables.ACTIVITY;
import static id.netra.db.schema.Tables.CASE_CODE;
import static id.netra.db.schema.Tables.CASE_STAFF;
import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.DECISION;
import static id.netra.db.schema.Tables.FINDING_CASE;
import static id.netra.db.schema.Tables.FORWARDING;
import static id.netra.db.schema.Tables.PACT_BATCH;
import static id.netra.db.schema.Tables.PACT_EVENT;
import static id.netra.db.schema.Tables.PLEDGE_ATTENDANCE;
import static id.netra.db.schema.Tables.PLEDGE_EVENT;
import static id.netra.db.schema.Tables.RECOMMENDATION;
import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.STAFF_HISTORY;
import static id.netra.db.schema.Tables.SUB_UNIT;
import static id.netra.db.schema.Tables.SUMMONS;
import static id.netra.db.schema.Tables.VIOLATION_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.pdf.Samples;
import id.netra.pdf.VeraPdf;
import id.netra.reports.domain.MonthNotes;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.io.ReportJson;
import id.netra.reports.io.ReportWorkbook;
import id.netra.samples.SampleLoader;

/**
 * The sample OPD plus a scripted history over August-October 2024 (pacts signed and one cancelled,
 * someone leaving on 15 October, cases moving through statuses, changes made after October), built
 * into the real store. Each month is generated; the PDF text, the workbook cells and the JSON must
 * agree with each other and with figures computed by hand; October reprinted after later changes must
 * not move.
 */
class MonthlyReportHistoryTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TempDir
    Path dir;

    private Database db;
    private ReportService service;
    private long period;
    private List<Long> staff;

    private static OffsetDateTime at(int y, int m, int d, int h) {
        return OffsetDateTime.of(y, m, d, h, 0, 0, 0, ZoneOffset.ofHours(7));
    }

    @BeforeEach
    void script() throws Exception {
        db = Database.open(new DataDirectory(dir.resolve("data")));
        new SampleLoader(db).loadBeforePactCampaign();
        service = Reports.service(db, Clock.fixed(Instant.parse("2024-12-10T03:00:00Z"), WIB));
        period = service.defaultPeriod().orElseThrow().id();
        staff = db.dsl().select(STAFF.ID).from(STAFF).orderBy(STAFF.ID).fetch(r -> r.value1());
        assertThat(staff).hasSize(300);
        db.inTransactionRun(this::history);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long s(int index) {
        return staff.get(index);
    }

    /** The history up to the end of October (what the October report must show). */
    private void history(DSLContext ctx) {
        // the roster was imported in July
        ctx.update(STAFF).set(STAFF.CREATED_AT, at(2024, 7, 1, 8)).execute();
        // #0 leaves on 15 October (recorded on the day)
        ctx.update(STAFF).set(STAFF.ACTIVE, false).set(STAFF.INACTIVE_REASON, "MUTASI")
                .set(STAFF.INACTIVE_DATE, LocalDate.of(2024, 10, 15)).where(STAFF.ID.eq(s(0))).execute();
        ctx.insertInto(STAFF_HISTORY).set(STAFF_HISTORY.STAFF_ID, s(0)).set(STAFF_HISTORY.CHANGED_AT, at(2024, 10, 15, 9))
                .set(STAFF_HISTORY.EVENT, "DEACTIVATED").set(STAFF_HISTORY.NEW_TEXT, "MUTASI 2024-10-15")
                .set(STAFF_HISTORY.SOURCE, "FORM").execute();

        // pacts: all printed 2 Sep; #0-#99 sign 10 Sep, #100-#149 sign 15 Oct, #4 cancelled 20 Oct
        ctx.insertInto(PACT_BATCH).set(PACT_BATCH.ID, 1L).set(PACT_BATCH.PERIOD_ID, period)
                .set(PACT_BATCH.PRINTED_AT, at(2024, 9, 2, 9)).set(PACT_BATCH.SHEET_COUNT, 300)
                .set(PACT_BATCH.PAPER_SIZE, "A4").set(PACT_BATCH.SELECTION, "Semua").execute();
        for (int i = 0; i < 300; i++) {
            pactEvent(ctx, s(i), "PRINTED", LocalDate.of(2024, 9, 2));
            if (i < 100) {
                pactEvent(ctx, s(i), "SIGNED", LocalDate.of(2024, 9, 10));
            } else if (i < 150) {
                pactEvent(ctx, s(i), "SIGNED", LocalDate.of(2024, 10, 15));
            }
        }
        pactEvent(ctx, s(4), "SIGNATURE_CANCELLED", LocalDate.of(2024, 10, 20));

        // ikrar on 1 October: 200 present, 50 izin, 10 sakit, 40 without word
        long pledge = ctx.insertInto(PLEDGE_EVENT).set(PLEDGE_EVENT.PERIOD_ID, period)
                .set(PLEDGE_EVENT.HELD_ON, LocalDate.of(2024, 10, 1)).set(PLEDGE_EVENT.PLACE, "Halaman Kantor Dinas")
                .set(PLEDGE_EVENT.LED_BY, "Kepala Dinas").set(PLEDGE_EVENT.PLEDGE_TEXT, "Ikrar")
                .set(PLEDGE_EVENT.CREATED_AT, at(2024, 10, 1, 9)).returning(PLEDGE_EVENT.ID).fetchOne().getId();
        for (int i = 0; i < 300; i++) {
            String a = i < 200 ? "HADIR" : i < 250 ? "IZIN" : i < 260 ? "SAKIT" : "TANPA_KETERANGAN";
            ctx.insertInto(PLEDGE_ATTENDANCE).set(PLEDGE_ATTENDANCE.EVENT_ID, pledge).set(PLEDGE_ATTENDANCE.STAFF_ID, s(i))
                    .set(PLEDGE_ATTENDANCE.ATTENDANCE, a).set(PLEDGE_ATTENDANCE.RECORDED_AT, at(2024, 10, 1, 12)).execute();
        }

        activity(ctx, "SOSIALISASI", "Sosialisasi netralitas bagi kepala sekolah", LocalDate.of(2024, 9, 12), null);
        activity(ctx, "PATROLI_MEDSOS", "Patroli media sosial pegawai", LocalDate.of(2024, 9, 28), LocalDate.of(2024, 10, 2));
        activity(ctx, "PATROLI", "Patroli alat peraga kampanye", LocalDate.of(2024, 10, 21), null);

        // case A (August, E4): clarification, forwarded, recommended, decided 30 Sep, closed in November
        long a = kase(ctx, 1, LocalDate.of(2024, 8, 12), "MEDIA_PATROL", false, s(10), "E4");
        step(ctx, a, "DICATAT", at(2024, 8, 12, 10));
        step(ctx, a, "KLARIFIKASI", at(2024, 8, 20, 10));
        ctx.insertInto(FORWARDING).set(FORWARDING.CASE_ID, a).set(FORWARDING.TARGET, "BKPSDM")
                .set(FORWARDING.LETTER_DATE, LocalDate.of(2024, 8, 25)).set(FORWARDING.LETTER_NUMBER, "800/1")
                .set(FORWARDING.CREATED_AT, at(2024, 8, 25, 10)).execute();
        ctx.insertInto(RECOMMENDATION).set(RECOMMENDATION.CASE_ID, a).set(RECOMMENDATION.RECOMMENDING_BODY, "BKN")
                .set(RECOMMENDATION.LETTER_NUMBER, "R-1").set(RECOMMENDATION.LETTER_DATE, LocalDate.of(2024, 9, 10))
                .set(RECOMMENDATION.RECOMMENDED_SANCTION, "Sanksi moral").set(RECOMMENDATION.CREATED_AT, at(2024, 9, 10, 10))
                .execute();
        step(ctx, a, "DIPUTUS", at(2024, 9, 30, 23));
        ctx.insertInto(DECISION).set(DECISION.CASE_ID, a).set(DECISION.OUTCOME, "PROVEN")
                .set(DECISION.SANCTION, "MORAL_TERTUTUP").set(DECISION.DECREE_NUMBER, "KEP-1")
                .set(DECISION.DECREE_DATE, LocalDate.of(2024, 9, 30)).set(DECISION.DELIVERED_DATE, LocalDate.of(2024, 10, 3))
                .set(DECISION.DECIDED_AT, at(2024, 9, 30, 23)).execute();

        // case B (October, D2 + D6, confidential reporter): summons I missed on 7 Oct, no summons II;
        // clarification at 23:00 on 31 October
        long b = kase(ctx, 2, LocalDate.of(2024, 10, 2), "PUBLIC_REPORT", true, s(20), "D2", "D6");
        step(ctx, b, "DICATAT", at(2024, 10, 2, 10));
        ctx.insertInto(SUMMONS).set(SUMMONS.CASE_ID, b).set(SUMMONS.SUMMONS_NO, 1)
                .set(SUMMONS.ISSUED_DATE, LocalDate.of(2024, 10, 3)).set(SUMMONS.SCHEDULED_DATE, LocalDate.of(2024, 10, 7))
                .set(SUMMONS.ATTENDANCE, "ABSENT").execute();
        step(ctx, b, "KLARIFIKASI", at(2024, 10, 31, 23));
    }

    /** Everything that happens after October: none of it may change the October figures. */
    private void laterChanges(DSLContext ctx) {
        step(ctx, caseId(ctx, 1), "SELESAI", at(2024, 11, 5, 10));
        step(ctx, caseId(ctx, 2), "PEMERIKSAAN", at(2024, 11, 1, 0));
        kase(ctx, 3, LocalDate.of(2024, 11, 3), "BAWASLU", false, s(30), "D4");
        for (int i = 150; i < 160; i++) {
            pactEvent(ctx, s(i), "SIGNED", LocalDate.of(2024, 11, 5));
        }
        // #2 moves to another sub-unit in November; #3 leaves on 10 November
        Long from = ctx.select(STAFF.SUB_UNIT_ID).from(STAFF).where(STAFF.ID.eq(s(2))).fetchOne().value1();
        Long to = ctx.select(SUB_UNIT.ID).from(SUB_UNIT).where(SUB_UNIT.ID.ne(from)).limit(1).fetchOne().value1();
        String fromName = ctx.select(SUB_UNIT.NAME).from(SUB_UNIT).where(SUB_UNIT.ID.eq(from)).fetchOne().value1();
        String toName = ctx.select(SUB_UNIT.NAME).from(SUB_UNIT).where(SUB_UNIT.ID.eq(to)).fetchOne().value1();
        ctx.update(STAFF).set(STAFF.SUB_UNIT_ID, to).where(STAFF.ID.eq(s(2))).execute();
        ctx.insertInto(STAFF_HISTORY).set(STAFF_HISTORY.STAFF_ID, s(2)).set(STAFF_HISTORY.CHANGED_AT, at(2024, 11, 4, 9))
                .set(STAFF_HISTORY.EVENT, "UPDATED").set(STAFF_HISTORY.FIELD_NAME, "SUB_UNIT")
                .set(STAFF_HISTORY.OLD_TEXT, fromName).set(STAFF_HISTORY.NEW_TEXT, toName).set(STAFF_HISTORY.SOURCE, "FORM")
                .execute();
        ctx.update(STAFF).set(STAFF.ACTIVE, false).set(STAFF.INACTIVE_REASON, "PENSIUN")
                .set(STAFF.INACTIVE_DATE, LocalDate.of(2024, 11, 10)).where(STAFF.ID.eq(s(3))).execute();
        // someone new joins in November
        ctx.insertInto(STAFF).set(STAFF.KIND, "PNS").set(STAFF.NIP, "199001012015031001").set(STAFF.NAME, "Pegawai Baru")
                .set(STAFF.SUB_UNIT_ID, from).set(STAFF.ACTIVE, true).set(STAFF.CREATED_AT, at(2024, 11, 20, 9))
                .set(STAFF.UPDATED_AT, at(2024, 11, 20, 9)).execute();
    }

    private static long caseId(DSLContext ctx, int seq) {
        return ctx.select(FINDING_CASE.ID).from(FINDING_CASE).where(FINDING_CASE.REGISTER_YEAR.eq(2024), FINDING_CASE.REGISTER_SEQ.eq(seq))
                .fetchOne().value1();
    }

    private void pactEvent(DSLContext ctx, long staffId, String kind, LocalDate date) {
        ctx.insertInto(PACT_EVENT).set(PACT_EVENT.PERIOD_ID, period).set(PACT_EVENT.STAFF_ID, staffId)
                .set(PACT_EVENT.EVENT_KIND, kind).set(PACT_EVENT.EVENT_DATE, date)
                .set(PACT_EVENT.RECORDED_AT, date.atTime(12, 0).atOffset(ZoneOffset.ofHours(7))).execute();
    }

    private static void activity(DSLContext ctx, String kind, String title, LocalDate start, LocalDate end) {
        ctx.insertInto(ACTIVITY).set(ACTIVITY.KIND, kind).set(ACTIVITY.TITLE, title).set(ACTIVITY.START_DATE, start)
                .set(ACTIVITY.END_DATE, end).set(ACTIVITY.PLACE, "Aula Dinas").set(ACTIVITY.PARTICIPANTS, 40)
                .set(ACTIVITY.SOURCE, "FINDINGS").set(ACTIVITY.CREATED_AT, start.atTime(15, 0).atOffset(ZoneOffset.ofHours(7)))
                .execute();
    }

    private long kase(DSLContext ctx, int seq, LocalDate known, String source, boolean confidential, long person,
                      String... codes) {
        long id = ctx.insertInto(FINDING_CASE).set(FINDING_CASE.REGISTER_NUMBER, String.format("%03d/TEMUAN/2024", seq))
                .set(FINDING_CASE.REGISTER_YEAR, 2024).set(FINDING_CASE.REGISTER_SEQ, seq).set(FINDING_CASE.DATE_KNOWN, known)
                .set(FINDING_CASE.SOURCE, source).set(FINDING_CASE.REPORTER_NAME, "Rahasia Pelapor " + seq)
                .set(FINDING_CASE.REPORTER_CONFIDENTIAL, confidential).set(FINDING_CASE.CHRONOLOGY, "Kronologi")
                .set(FINDING_CASE.STATUS, "DICATAT").set(FINDING_CASE.STATUS_SINCE, known.atTime(10, 0).atOffset(ZoneOffset.ofHours(7)))
                .set(FINDING_CASE.PERIOD_ID, period).set(FINDING_CASE.CREATED_AT, known.atTime(10, 0).atOffset(ZoneOffset.ofHours(7)))
                .set(FINDING_CASE.CREATED_BY, "test").set(FINDING_CASE.UPDATED_AT, known.atTime(10, 0).atOffset(ZoneOffset.ofHours(7)))
                .returning(FINDING_CASE.ID).fetchOne().getId();
        ctx.insertInto(CASE_STAFF).set(CASE_STAFF.CASE_ID, id).set(CASE_STAFF.STAFF_ID, person).execute();
        for (String code : codes) {
            long codeId = ctx.select(VIOLATION_CODE.ID).from(VIOLATION_CODE).where(VIOLATION_CODE.CODE.eq(code))
                    .fetchOne().value1();
            ctx.insertInto(CASE_CODE).set(CASE_CODE.CASE_ID, id).set(CASE_CODE.VIOLATION_CODE_ID, codeId).execute();
        }
        return id;
    }

    private static void step(DSLContext ctx, long caseId, String status, OffsetDateTime when) {
        ctx.insertInto(CASE_STATUS_CHANGE).set(CASE_STATUS_CHANGE.CASE_ID, caseId).set(CASE_STATUS_CHANGE.TO_STATUS, status)
                .set(CASE_STATUS_CHANGE.CHANGED_AT, when).set(CASE_STATUS_CHANGE.CHANGED_BY, "test").execute();
        ctx.update(FINDING_CASE).set(FINDING_CASE.STATUS, status).set(FINDING_CASE.STATUS_SINCE, when)
                .where(FINDING_CASE.ID.eq(caseId)).execute();
    }

    // ------------------------------------------------------------------ the three months

    private record Outputs(MonthlyReport report, String pdfText, XSSFWorkbook workbook, JsonNode json) {
    }

    private Outputs generate(YearMonth month, String tag) throws Exception {
        MonthlyReport r = service.build(month, period);
        Path pdf = dir.resolve("laporan-" + month + "-" + tag + ".pdf");
        service.savePdf(r, pdf);
        Path xlsx = dir.resolve("laporan-" + month + "-" + tag + ".xlsx");
        service.saveWorkbook(r, xlsx);
        Path json = dir.resolve("laporan-" + month + "-" + tag + ".json");
        service.saveJson(r, json);
        Samples.keep(pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(VeraPdf.validate(pdf)).as("veraPDF " + month).isEmpty();
        return new Outputs(r, text, new XSSFWorkbook(Files.newInputStream(xlsx)), new ObjectMapper().readTree(json.toFile()));
    }

    private static Row rowStartingWith(Sheet sheet, String label) {
        DataFormatter f = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null && f.formatCellValue(row.getCell(0)).equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static int num(Row row, int col) {
        return (int) row.getCell(col).getNumericCellValue();
    }

    /** Pact totals must read the same in the PDF sentence, the workbook row "Jumlah" and the JSON. */
    private static void pactsAgree(Outputs o, int staff, int signed, String percent) {
        assertThat(o.pdfText()).contains("ditandatangani oleh " + signed + " dari " + staff + " pegawai (" + percent + "%)");
        Row total = rowStartingWith(o.workbook().getSheet(ReportWorkbook.SHEET_II), "Jumlah");
        assertThat(num(total, 1)).isEqualTo(staff);
        assertThat(num(total, 2)).isEqualTo(signed);
        assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(Double.parseDouble(percent.replace(',', '.')));
        assertThat(o.json().at("/pacts/total/staff").asInt()).isEqualTo(staff);
        assertThat(o.json().at("/pacts/total/signed").asInt()).isEqualTo(signed);
        assertThat(o.json().at("/pacts/total/percent").decimalValue().toPlainString()).isEqualTo(percent.replace(',', '.'));
        Row head = rowStartingWith(o.workbook().getSheet(ReportWorkbook.SHEET_I), "Jumlah");
        assertThat(num(head, 4)).isEqualTo(staff).isEqualTo(o.json().at("/headcount/total/total").asInt());
    }

    private static void findingsAgree(Outputs o, int newInMonth, int cumulative, String asOf) {
        assertThat(o.pdfText()).contains("Dugaan pelanggaran baru pada bulan ini sebanyak " + newInMonth
                + " perkara; secara kumulatif sampai dengan " + asOf + " sebanyak " + cumulative + " perkara.");
        Sheet iv = o.workbook().getSheet(ReportWorkbook.SHEET_IV);
        assertThat(num(iv.getRow(6), 1)).isEqualTo(newInMonth);
        assertThat(num(iv.getRow(7), 1)).isEqualTo(cumulative);
        assertThat(o.json().at("/findings/newInMonth").asInt()).isEqualTo(newInMonth);
        assertThat(o.json().at("/findings/cumulative").asInt()).isEqualTo(cumulative);
    }

    private static int status(JsonNode json, String status) {
        for (JsonNode n : json.at("/findings/byStatus")) {
            if (n.path("status").asText().equals(status)) {
                return n.path("atMonthEnd").asInt();
            }
        }
        throw new AssertionError(status);
    }

    @Test
    void augustSeptemberOctoberMatchHandComputedFiguresInPdfWorkbookAndJson() throws Exception {
        Outputs aug = generate(YearMonth.of(2024, 8), "a");
        pactsAgree(aug, 300, 0, "0,0");
        findingsAgree(aug, 1, 1, "31 Agustus 2024");
        assertThat(status(aug.json(), "KLARIFIKASI")).isEqualTo(1);
        assertThat(aug.json().at("/findings/forwarded/inMonth").asInt()).isEqualTo(1);
        assertThat(aug.pdfText()).contains("Diduga melanggar E4");

        Outputs sep = generate(YearMonth.of(2024, 9), "a");
        pactsAgree(sep, 300, 100, "33,3");
        findingsAgree(sep, 0, 1, "30 September 2024");
        assertThat(status(sep.json(), "DIPUTUS")).isEqualTo(1);
        assertThat(sep.json().at("/findings/recommendations/inMonth").asInt()).isEqualTo(1);
        assertThat(sep.report().findings().sanctions()).anyMatch(t -> t.key().equals("MORAL_TERTUTUP") && t.inMonth() == 1);
        assertThat(sep.json().at("/activities").size()).isEqualTo(2);
        assertThat(sep.pdfText()).contains("Terbukti melanggar E4");

        Outputs oct = generate(YearMonth.of(2024, 10), "a");
        // #0 left on 15 Oct (299 on the roster); signed: #1-#99 (#4 cancelled) + #100-#149 = 148
        pactsAgree(oct, 299, 148, "49,5");
        findingsAgree(oct, 1, 2, "31 Oktober 2024");
        assertThat(status(oct.json(), "DIPUTUS")).isEqualTo(1);
        assertThat(status(oct.json(), "KLARIFIKASI")).isEqualTo(1);
        assertThat(status(oct.json(), "PEMERIKSAAN")).isZero();
        assertThat(oct.json().at("/pledges/0/present").asInt()).isEqualTo(200);
        assertThat(oct.json().at("/pledges/0/excused").asInt()).isEqualTo(60);
        assertThat(oct.json().at("/pledges/0/absent").asInt()).isEqualTo(40);
        assertThat(oct.json().at("/activities").size()).isEqualTo(2);
        assertThat(oct.json().at("/findings/overdue/0/kind").asText()).isEqualTo("SUMMONS_TWO");
        assertThat(oct.report().unsignedCount()).isEqualTo(299 - 148);
        assertThat(oct.pdfText()).contains("Diduga melanggar D2, D6").contains("Terbukti melanggar E4")
                .doesNotContain("Rahasia Pelapor");
        Sheet annexA = oct.workbook().getSheet(ReportWorkbook.SHEET_A);
        assertThat(annexA.getLastRowNum() - 6).isEqualTo(299 - 148);
        // the case register in the workbook names categories in words, as the PDF does
        List<String> annexB = new java.util.ArrayList<>();
        oct.workbook().getSheet(ReportWorkbook.SHEET_B).forEach(row -> row.forEach(cell -> annexB.add(cell.toString())));
        assertThat(annexB).contains("Disiplin", "Etik").doesNotContain("DISIPLIN", "ETIK");
    }

    @Test
    void octoberReprintedAfterLaterChangesGivesTheSameFigures() throws Exception {
        service.saveNotes(new MonthNotes(YearMonth.of(2024, 10), period, "800/77/2024", LocalDate.of(2024, 11, 4),
                "Kendala bulan Oktober.", List.of("Kepala BKPSDM")));
        Outputs before = generate(YearMonth.of(2024, 10), "before");
        db.inTransactionRun(this::laterChanges);
        Outputs after = generate(YearMonth.of(2024, 10), "after");

        assertThat(after.json()).isEqualTo(before.json());
        assertThat(ReportJson.toJson(after.report())).isEqualTo(ReportJson.toJson(before.report()));
        assertThat(after.report().headcount()).isEqualTo(before.report().headcount());
        assertThat(after.report().unsigned()).isEqualTo(before.report().unsigned());
        assertThat(after.report().register()).isEqualTo(before.report().register());
        assertThat(after.pdfText()).isEqualTo(before.pdfText());
        // November itself does see the changes
        MonthlyReport nov = service.build(YearMonth.of(2024, 11), period);
        assertThat(nov.findings().cumulative()).isEqualTo(3);
        assertThat(nov.headcountTotal().total()).isEqualTo(299 - 1 + 1);
        assertThat(service.generated()).hasSize(2);
    }
}
