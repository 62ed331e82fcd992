package id.netra.reports.io;

import static id.netra.reports.domain.ReportText.get;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.netra.i18n.IndonesianDates;
import id.netra.reports.domain.ActivityRow;
import id.netra.reports.domain.CaseRegisterRow;
import id.netra.reports.domain.CodeCount;
import id.netra.reports.domain.FindingsFigures;
import id.netra.reports.domain.HeadcountRow;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.OverdueItem;
import id.netra.reports.domain.PactRow;
import id.netra.reports.domain.PledgeEventRow;
import id.netra.reports.domain.ReportText;
import id.netra.reports.domain.Tally;
import id.netra.reports.domain.UnsignedGroup;
import id.netra.reports.domain.UnsignedPerson;

/**
 * The same figures as the PDF, one sheet per section, for the Sekda's staff who consolidate many
 * OPDs. Counts are numeric cells (they sum in Excel), percentages numbers with one decimal; headings
 * are in Indonesian like the letter.
 */
public final class ReportWorkbook {

    public static final String SHEET_I = "I Pegawai";
    public static final String SHEET_II = "II Pakta dan Ikrar";
    public static final String SHEET_III = "III Kegiatan";
    public static final String SHEET_IV = "IV Temuan";
    public static final String SHEET_V = "V Kendala";
    public static final String SHEET_A = "Lampiran A";
    public static final String SHEET_B = "Lampiran B";

    private final MonthlyReport report;
    private Workbook wb;
    private CellStyle bold;
    private CellStyle percent;
    private CellStyle wrap;

    private ReportWorkbook(MonthlyReport report) {
        this.report = report;
    }

    public static void write(MonthlyReport report, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(report, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(MonthlyReport report, OutputStream out) throws IOException {
        new ReportWorkbook(report).build(out);
    }

    private void build(OutputStream out) throws IOException {
        // streaming: annex A of a 20,000-person office would otherwise hold every cell in memory
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            wb = workbook;
            Font b = wb.createFont();
            b.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(b);
            percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            headcount();
            pacts();
            activities();
            findings();
            obstacles();
            annexA();
            annexB();
            wb.write(out);
        }
    }

    private String asOf() {
        return IndonesianDates.format(report.header().month().atEndOfMonth());
    }

    private Sheet sheet(String name, String title) {
        Sheet s = wb.createSheet(name);
        text(s.createRow(0), 0, get("title"), bold);
        text(s.createRow(1), 0, get("subtitle", IndonesianDates.format(report.header().month()),
                report.header().periodName()), null);
        text(s.createRow(2), 0, report.header().issuer().opdName(), null);
        text(s.createRow(4), 0, title, bold);
        return s;
    }

    private int header(Sheet s, int rowIndex, String... labels) {
        Row r = s.createRow(rowIndex);
        for (int i = 0; i < labels.length; i++) {
            text(r, i, labels[i], bold);
        }
        return rowIndex + 1;
    }

    private void headcount() {
        Sheet s = sheet(SHEET_I, get("section1") + " (" + asOf() + ")");
        int r = header(s, 6, get("col.subUnit"), "PNS", "PPPK", "Non-ASN", get("col.total"));
        for (HeadcountRow h : report.headcount()) {
            r = headRow(s, r, h, null);
        }
        headRow(s, r, report.headcountTotal(), bold);
        s.setColumnWidth(0, 40 * 256);
    }

    private int headRow(Sheet s, int r, HeadcountRow h, CellStyle style) {
        Row row = s.createRow(r);
        text(row, 0, style == null ? h.subUnit() : get("total"), style);
        num(row, 1, h.pns());
        num(row, 2, h.pppk());
        num(row, 3, h.nonAsn());
        num(row, 4, h.total());
        return r + 1;
    }

    private void pacts() {
        Sheet s = sheet(SHEET_II, get("section2") + " (" + asOf() + ")");
        text(s.createRow(5), 0, get("section2.pacts"), bold);
        int r = header(s, 6, get("col.subUnit"), get("col.staff"), get("col.signed"), get("col.notSigned"),
                get("col.percent"));
        for (PactRow p : report.pacts()) {
            r = pactRow(s, r, p, p.subUnit());
        }
        r = pactRow(s, r, report.pactTotal(), get("total"));
        r++;
        text(s.createRow(r++), 0, get("section2.pledges"), bold);
        r = header(s, r, get("col.date"), get("col.place"), get("col.ledBy"), get("col.present"), get("col.excused"),
                get("col.absent"));
        for (PledgeEventRow e : report.pledges()) {
            Row row = s.createRow(r++);
            text(row, 0, IndonesianDates.format(e.heldOn()), null);
            text(row, 1, e.place(), null);
            text(row, 2, e.ledBy() == null ? "-" : e.ledBy(), null);
            num(row, 3, e.present());
            num(row, 4, e.excused());
            num(row, 5, e.absent());
        }
        s.setColumnWidth(0, 40 * 256);
    }

    private int pactRow(Sheet s, int r, PactRow p, String label) {
        Row row = s.createRow(r);
        text(row, 0, label, null);
        num(row, 1, p.staff());
        num(row, 2, p.signed());
        num(row, 3, p.notSigned());
        Cell c = row.createCell(4);
        c.setCellValue(p.percent().doubleValue());
        c.setCellStyle(percent);
        return r + 1;
    }

    private void activities() {
        Sheet s = sheet(SHEET_III, get("section3"));
        int r = header(s, 6, get("col.date"), get("col.kind"), get("col.activity"), get("col.place"),
                get("col.participants"));
        for (ActivityRow a : report.activities()) {
            Row row = s.createRow(r++);
            text(row, 0, IndonesianDates.format(a.start())
                    + (a.end() == null || a.end().equals(a.start()) ? "" : ReportText.get("until", IndonesianDates.format(a.end()))), null);
            text(row, 1, ReportText.activityKind(a.kind()), null);
            text(row, 2, a.title(), null);
            text(row, 3, a.place(), null);
            num(row, 4, a.participants());
        }
        s.setColumnWidth(2, 40 * 256);
    }

    private void findings() {
        FindingsFigures f = report.findings();
        Sheet s = sheet(SHEET_IV, get("section4"));
        Row n = s.createRow(6);
        text(n, 0, get("col.inMonth"), bold);
        num(n, 1, f.newInMonth());
        Row c = s.createRow(7);
        text(c, 0, get("col.cumulative"), bold);
        num(c, 1, f.cumulative());

        int r = 9;
        text(s.createRow(r++), 0, get("section4.byCode"), bold);
        r = header(s, r, get("col.code"), get("col.category"), get("col.description"), get("col.inMonth"),
                get("col.cumulative"));
        for (CodeCount cc : f.byCode()) {
            Row row = s.createRow(r++);
            text(row, 0, cc.code(), null);
            text(row, 1, ReportText.category(cc.category()), null);
            text(row, 2, cc.description(), null);
            num(row, 3, cc.inMonth());
            num(row, 4, cc.cumulative());
        }
        for (Tally t : f.byCategory()) {
            Row row = s.createRow(r++);
            text(row, 1, get("col.totalCategory", ReportText.category(t.key())), bold);
            num(row, 3, t.inMonth());
            num(row, 4, t.cumulative());
        }
        r++;
        text(s.createRow(r++), 0, get("section4.byStatus", asOf()), bold);
        r = header(s, r, get("col.status"), get("col.reachedInMonth"), get("col.atMonthEnd"));
        for (Tally t : f.byStatus()) {
            Row row = s.createRow(r++);
            text(row, 0, ReportText.status(t.key()), null);
            num(row, 1, t.inMonth());
            num(row, 2, t.cumulative());
        }
        r++;
        text(s.createRow(r++), 0, get("section4.followUp"), bold);
        r = header(s, r, get("col.item"), get("col.inMonth"), get("col.cumulative"));
        r = tallyRow(s, r, get("row.forwarded"), f.forwarded());
        r = tallyRow(s, r, get("row.recommendations"), f.recommendations());
        for (Tally t : f.sanctions()) {
            r = tallyRow(s, r, get("row.sanction", ReportText.sanction(t.key())), t);
        }
        r++;
        text(s.createRow(r++), 0, get("section4.overdue", asOf()), bold);
        r = header(s, r, get("col.register"), get("col.clock"), get("col.due"));
        for (OverdueItem o : f.overdue()) {
            Row row = s.createRow(r++);
            text(row, 0, o.registerNumber(), null);
            text(row, 1, ReportText.overdue(o.kind()), null);
            text(row, 2, IndonesianDates.format(o.due()), null);
        }
        s.setColumnWidth(0, 45 * 256);
        s.setColumnWidth(2, 50 * 256);
    }

    private int tallyRow(Sheet s, int r, String label, Tally t) {
        Row row = s.createRow(r);
        text(row, 0, label, null);
        num(row, 1, t.inMonth());
        num(row, 2, t.cumulative());
        return r + 1;
    }

    private void obstacles() {
        Sheet s = sheet(SHEET_V, get("section5"));
        text(s.createRow(6), 0, report.obstacles().isBlank() ? get("section5.none") : report.obstacles(), wrap);
        s.setColumnWidth(0, 100 * 256);
        int r = 8;
        text(s.createRow(r++), 0, get("copies"), bold);
        int i = 0;
        for (String copy : report.copies()) {
            text(s.createRow(r++), 0, (++i) + ". " + copy, null);
        }
    }

    private void annexA() {
        Sheet s = sheet(SHEET_A, get("annexA.title", asOf(), report.header().periodName()));
        int r = header(s, 6, get("col.subUnit"), get("col.name"), get("col.id"), get("col.position"));
        for (UnsignedGroup g : report.unsigned()) {
            for (UnsignedPerson p : g.people()) {
                Row row = s.createRow(r++);
                text(row, 0, g.subUnit(), null);
                text(row, 1, p.name(), null);
                text(row, 2, p.idNumber(), null);
                text(row, 3, p.position() == null ? "-" : p.position(), null);
            }
        }
        for (int i = 0; i < 4; i++) {
            s.setColumnWidth(i, 32 * 256);
        }
    }

    private void annexB() {
        Sheet s = sheet(SHEET_B, get("annexB.title", asOf()));
        text(s.createRow(5), 0, get("annexB.note"), null);
        int r = header(s, 6, get("col.register"), get("col.dateKnown"), get("col.persons"), get("col.subUnit"),
                get("col.allegation"), get("col.category"), get("col.source"), get("col.status"));
        for (CaseRegisterRow c : report.register()) {
            Row row = s.createRow(r++);
            text(row, 0, c.registerNumber(), null);
            text(row, 1, IndonesianDates.format(c.dateKnown()), null);
            text(row, 2, c.persons(), null);
            text(row, 3, c.subUnit() == null ? "-" : c.subUnit(), null);
            text(row, 4, ReportText.wording(c.wording(), c.codes().isBlank() ? "-" : c.codes()), null);
            text(row, 5, ReportText.categories(c.category()), null);
            text(row, 6, ReportText.source(c.source()), null);
            text(row, 7, ReportText.status(c.status()), null);
        }
        for (int i = 0; i < 8; i++) {
            s.setColumnWidth(i, 24 * 256);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static void num(Row row, int col, int value) {
        row.createCell(col).setCellValue(value);
    }

}
