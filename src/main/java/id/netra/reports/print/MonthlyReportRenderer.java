package id.netra.reports.print;

import static id.netra.reports.domain.ReportText.get;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;

import id.netra.i18n.IndonesianDates;
import id.netra.pacts.domain.IdentityFormat;
import id.netra.pdf.Align;
import id.netra.pdf.HorizontalBarChart;
import id.netra.pdf.Letterhead;
import id.netra.pdf.LetterheadRenderer;
import id.netra.pdf.PageFooter;
import id.netra.pdf.PageMargins;
import id.netra.pdf.Paragraph;
import id.netra.pdf.PaperSize;
import id.netra.pdf.PdfFonts;
import id.netra.pdf.PdfForms;
import id.netra.pdf.PdfTable;
import id.netra.pdf.PdfTable.Column;
import id.netra.pdf.PdfText;
import id.netra.pdf.SafeSave;
import id.netra.pdf.SignatureBlock;
import id.netra.pdf.SignatureBlockRenderer;
import id.netra.reports.domain.ActivityRow;
import id.netra.reports.domain.CaseRegisterRow;
import id.netra.reports.domain.CodeCount;
import id.netra.reports.domain.FindingsFigures;
import id.netra.reports.domain.HeadcountRow;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.OverdueItem;
import id.netra.reports.domain.PactRow;
import id.netra.reports.domain.PledgeEventRow;
import id.netra.reports.domain.ReportHeader;
import id.netra.reports.domain.ReportText;
import id.netra.reports.domain.Tally;
import id.netra.reports.domain.UnsignedGroup;
import id.netra.reports.domain.UnsignedPerson;
import id.netra.settings.domain.OpdProfile;

/**
 * Draws a {@link MonthlyReport} as the letter to the Sekda (kop, number and date, addressee, title,
 * sections I-V, signature of the OPD head, tembusan) followed by annex A (not yet signed) and annex B
 * (case register extract), as PDF/A-2b on the office's paper size. Knows only the model and PDFBox.
 */
public final class MonthlyReportRenderer {

    private static final float BODY = 11f;
    private static final float TABLE = 9f;
    private static final float HEADING_GAP = 8f;
    private static final float INDENT = PaperSize.mm(6);

    private final MonthlyReport report;
    private final PaperSize paper;
    private PDDocument document;
    private PdfFonts fonts;
    private PageFlow flow;

    public MonthlyReportRenderer(MonthlyReport report) {
        this.report = report;
        this.paper = PaperSize.parse(report.header().issuer().paperSize().name());
    }

    /** Renders into a new document the caller owns (the preview renders pages from it). */
    public PDDocument render() {
        document = new PDDocument();
        try {
            fonts = PdfFonts.serif(document);
            flow = new PageFlow(document, paper, PageMargins.official());
            letter();
            annexA();
            annexB();
            flow.finish();
            PageFooter.stamp(document, fonts, PageMargins.official());
            ReportHeader h = report.header();
            Calendar when = GregorianCalendar.from(h.letterDate().atStartOfDay(ZoneId.systemDefault()));
            when.setTimeZone(TimeZone.getDefault());
            id.netra.pdf.PdfA.conform(document, title(), h.issuer().opdName(), when);
            return document;
        } catch (RuntimeException e) {
            try {
                document.close();
            } catch (IOException ignored) {
                // the render failure is the error worth reporting
            }
            throw e;
        }
    }

    /** Renders and saves atomically; returns the number of pages. */
    public int save(Path target) throws IOException {
        try (PDDocument doc = render()) {
            SafeSave.save(doc, target);
            return doc.getNumberOfPages();
        }
    }

    private String title() {
        return get("title") + " - " + IndonesianDates.format(report.header().month());
    }

    // ---------------------------------------------------------------- the letter

    private void letter() {
        ReportHeader h = report.header();
        OpdProfile p = h.issuer();
        flow.newPage();
        PdfForms.Placed kop = LetterheadRenderer.toForm(document, fonts, letterhead(p), flow.width());
        flow.place(kop, 0);
        flow.gap(10);

        // number block at left, place and date at right on the first line, as Indonesian letters do
        String dateLine = p.city() + ", " + IndonesianDates.format(h.letterDate());
        float dateWidth = PdfText.width(fonts.regular(), BODY, dateLine);
        flow.canvas().text(fonts.regular(), BODY, flow.x() + flow.width() - dateWidth, flow.y() - BODY, dateLine);
        int annexes = (report.unsigned().isEmpty() ? 0 : 1) + (report.register().isEmpty() ? 0 : 1);
        float labelW = PaperSize.mm(22);
        float valueW = flow.width() - labelW - dateWidth - 12;
        labelled(get("letter.number"), h.letterNumber().isBlank() ? "" : h.letterNumber(), labelW, valueW);
        labelled(get("letter.nature"), get("letter.natureValue"), labelW, valueW);
        labelled(get("letter.annex"), annexes == 0 ? "-" : get("letter.annexValue", annexes), labelW, valueW);
        labelled(get("letter.subject"), get("letter.subjectValue", IndonesianDates.format(h.month())), labelW,
                flow.width() - labelW);
        flow.gap(10);

        flow.paragraph(get("letter.to"), fonts.regular(), BODY, Align.LEFT, 0);
        flow.paragraph(get("letter.addressee", ReportText.regionOf(p.governmentName())), fonts.regular(), BODY,
                Align.LEFT, 0);
        flow.paragraph(get("letter.addresseeRole"), fonts.regular(), BODY, Align.LEFT, 0);
        flow.paragraph(get("letter.at"), fonts.regular(), BODY, Align.LEFT, 0);
        flow.gap(12);

        flow.paragraph(get("title"), fonts.bold(), 12, Align.CENTER, 0);
        flow.paragraph(get("subtitle", IndonesianDates.format(h.month()), h.periodName()), fonts.bold(), BODY,
                Align.CENTER, 0);
        flow.gap(10);
        flow.paragraph(get("opening", IndonesianDates.format(h.month()), p.opdName(), h.periodName()),
                fonts.regular(), BODY, Align.JUSTIFY, 0);

        sectionHeadcount();
        sectionPacts();
        sectionActivities();
        sectionFindings();
        sectionObstacles();
        closing();
    }

    private Letterhead letterhead(OpdProfile p) {
        return new Letterhead(p.emblem(), p.governmentName(), p.opdName(),
                p.address() == null || p.address().isBlank() ? List.of() : p.address().lines().toList(),
                Letterhead.contactLine(p.phone(), p.email(), p.website()));
    }

    private void labelled(String label, String value, float labelW, float valueW) {
        List<String> lines = PdfText.wrap(value, fonts.regular(), BODY, valueW);
        float leading = BODY * Paragraph.DEFAULT_LEADING;
        flow.ensure(lines.size() * leading);
        float baseline = flow.y() - BODY;
        flow.canvas().text(fonts.regular(), BODY, flow.x(), baseline, label);
        flow.canvas().text(fonts.regular(), BODY, flow.x() + labelW - 8, baseline, ":");
        flow.canvas().lines(fonts.regular(), BODY, flow.x() + labelW, valueW, baseline, leading, lines, Align.LEFT);
        flow.gap(lines.size() * leading);
    }

    private void heading(String text) {
        flow.gap(HEADING_GAP);
        // keep a heading with at least the first lines of what follows
        flow.ensure(BODY * 6);
        flow.paragraph(text, fonts.bold(), BODY, Align.LEFT, 0);
        flow.gap(3);
    }

    private void subheading(String text) {
        flow.gap(4);
        flow.ensure(BODY * 5);
        flow.paragraph(text, fonts.bold(), BODY, Align.LEFT, INDENT);
        flow.gap(2);
    }

    private void text(String text) {
        flow.paragraph(text, fonts.regular(), BODY, Align.JUSTIFY, INDENT);
    }

    private void table(List<Column> columns, List<List<String>> rows) {
        flow.gap(2);
        flow.table(new PdfTable(fonts, TABLE, columns), rows, INDENT, TABLE * 6);
        flow.gap(4);
    }

    private String asOf() {
        return IndonesianDates.format(report.header().month().atEndOfMonth());
    }

    private void sectionHeadcount() {
        heading(get("section1"));
        text(get("section1.intro", asOf()));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (HeadcountRow r : report.headcount()) {
            rows.add(List.of(String.valueOf(++n), r.subUnit(), num(r.pns()), num(r.pppk()), num(r.nonAsn()), num(r.total())));
        }
        HeadcountRow t = report.headcountTotal();
        rows.add(List.of("", get("total"), num(t.pns()), num(t.pppk()), num(t.nonAsn()), num(t.total())));
        table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.subUnit"), 5f, Align.LEFT),
                Column.text("PNS", 1.2f, Align.RIGHT), Column.text("PPPK", 1.2f, Align.RIGHT),
                Column.text("Non-ASN", 1.3f, Align.RIGHT), Column.text(get("col.total"), 1.3f, Align.RIGHT)), rows);
    }

    private void sectionPacts() {
        heading(get("section2"));
        subheading(get("section2.pacts"));
        PactRow total = report.pactTotal();
        text(get("section2.pactsIntro", asOf(), num(total.signed()), num(total.staff()),
                ReportText.percent(total.percent())));
        List<List<String>> rows = new ArrayList<>();
        List<HorizontalBarChart.Bar> bars = new ArrayList<>();
        int n = 0;
        for (PactRow r : report.pacts()) {
            rows.add(List.of(String.valueOf(++n), r.subUnit(), num(r.staff()), num(r.signed()), num(r.notSigned()),
                    ReportText.percent(r.percent())));
            bars.add(new HorizontalBarChart.Bar(r.subUnit(), r.percent().doubleValue(), ReportText.percent(r.percent())));
        }
        rows.add(List.of("", get("total"), num(total.staff()), num(total.signed()), num(total.notSigned()),
                ReportText.percent(total.percent())));
        table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.subUnit"), 4.6f, Align.LEFT),
                Column.text(get("col.staff"), 1.3f, Align.RIGHT), Column.text(get("col.signed"), 1.4f, Align.RIGHT),
                Column.text(get("col.notSigned"), 1.4f, Align.RIGHT), Column.text(get("col.percent"), 1.3f, Align.RIGHT)),
                rows);
        if (!bars.isEmpty()) {
            chart(bars);
        }

        subheading(get("section2.pledges"));
        if (report.pledges().isEmpty()) {
            text(get("section2.noPledges"));
            return;
        }
        List<List<String>> pledgeRows = new ArrayList<>();
        n = 0;
        for (PledgeEventRow e : report.pledges()) {
            pledgeRows.add(List.of(String.valueOf(++n), IndonesianDates.format(e.heldOn()), e.place(),
                    e.ledBy() == null ? "-" : e.ledBy(), num(e.present()), num(e.excused()), num(e.absent())));
        }
        table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.date"), 2f, Align.LEFT),
                Column.text(get("col.place"), 2.6f, Align.LEFT), Column.text(get("col.ledBy"), 2.4f, Align.LEFT),
                Column.text(get("col.present"), 1.1f, Align.RIGHT), Column.text(get("col.excused"), 1.2f, Align.RIGHT),
                Column.text(get("col.absent"), 1.4f, Align.RIGHT)), pledgeRows);
    }

    /** The chart flows in slices: as many bars as fit on the page, the rest on the next. */
    private void chart(List<HorizontalBarChart.Bar> bars) {
        HorizontalBarChart chart = new HorizontalBarChart(fonts, 8f, flow.width() - INDENT, bars);
        flow.gap(2);
        flow.ensure(BODY * 2 + HorizontalBarChart.axisHeight() + HorizontalBarChart.rowHeight() * 3);
        flow.paragraph(get("section2.chart", asOf()), fonts.italic(), 9.5f, Align.CENTER, INDENT);
        flow.gap(4);
        int from = 0;
        while (from < chart.size()) {
            int fit = (int) ((flow.left() - HorizontalBarChart.axisHeight()) / HorizontalBarChart.rowHeight());
            if (fit < 3) {
                flow.newPage();
                continue;
            }
            int to = Math.min(chart.size(), from + fit);
            flow.place(chart.slice(from, to), INDENT);
            from = to;
        }
        flow.gap(6);
    }

    private void sectionActivities() {
        heading(get("section3"));
        if (report.activities().isEmpty()) {
            text(get("section3.none"));
            return;
        }
        text(get("section3.intro", report.activities().size()));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ActivityRow a : report.activities()) {
            String when = a.end() == null || a.end().equals(a.start()) ? IndonesianDates.format(a.start())
                    : IndonesianDates.format(a.start()) + ReportText.get("until", IndonesianDates.format(a.end()));
            rows.add(List.of(String.valueOf(++n), when, ReportText.activityKind(a.kind()), a.title(), a.place(),
                    num(a.participants())));
        }
        table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.date"), 2f, Align.LEFT),
                Column.text(get("col.kind"), 1.7f, Align.LEFT), Column.text(get("col.activity"), 3f, Align.LEFT),
                Column.text(get("col.place"), 2.2f, Align.LEFT), Column.text(get("col.participants"), 1.2f, Align.RIGHT)),
                rows);
    }

    private void sectionFindings() {
        FindingsFigures f = report.findings();
        heading(get("section4"));
        text(get("section4.intro", num(f.newInMonth()), asOf(), num(f.cumulative())));

        subheading(get("section4.byCode"));
        if (f.byCode().isEmpty()) {
            text(get("section4.noCases"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (CodeCount c : f.byCode()) {
                rows.add(List.of(c.code(), ReportText.category(c.category()), c.description(), num(c.inMonth()),
                        num(c.cumulative())));
            }
            for (Tally t : f.byCategory()) {
                rows.add(List.of("", "", get("col.totalCategory", ReportText.category(t.key())), num(t.inMonth()),
                        num(t.cumulative())));
            }
            table(List.of(Column.text(get("col.code"), 0.8f, Align.CENTER), Column.text(get("col.category"), 1.3f, Align.LEFT),
                    Column.text(get("col.description"), 5f, Align.LEFT), Column.text(get("col.inMonth"), 1.2f, Align.RIGHT),
                    Column.text(get("col.cumulative"), 1.4f, Align.RIGHT)), rows);
        }

        subheading(get("section4.byStatus", asOf()));
        List<List<String>> statusRows = new ArrayList<>();
        int n = 0;
        for (Tally t : f.byStatus()) {
            statusRows.add(List.of(String.valueOf(++n), ReportText.status(t.key()), num(t.inMonth()), num(t.cumulative())));
        }
        statusRows.add(List.of("", get("total"), "", num(f.cumulative())));
        table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.status"), 5f, Align.LEFT),
                Column.text(get("col.reachedInMonth"), 2f, Align.RIGHT), Column.text(get("col.atMonthEnd"), 2f, Align.RIGHT)),
                statusRows);

        subheading(get("section4.followUp"));
        List<List<String>> follow = new ArrayList<>();
        follow.add(List.of(get("row.forwarded"), num(f.forwarded().inMonth()), num(f.forwarded().cumulative())));
        follow.add(List.of(get("row.recommendations"), num(f.recommendations().inMonth()),
                num(f.recommendations().cumulative())));
        for (Tally t : f.sanctions()) {
            follow.add(List.of(get("row.sanction", ReportText.sanction(t.key())), num(t.inMonth()), num(t.cumulative())));
        }
        table(List.of(Column.text(get("col.item"), 6f, Align.LEFT), Column.text(get("col.inMonth"), 1.6f, Align.RIGHT),
                Column.text(get("col.cumulative"), 1.6f, Align.RIGHT)), follow);

        subheading(get("section4.overdue", asOf()));
        if (f.overdue().isEmpty()) {
            text(get("section4.noOverdue"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            n = 0;
            for (OverdueItem o : f.overdue()) {
                rows.add(List.of(String.valueOf(++n), o.registerNumber(), ReportText.overdue(o.kind()),
                        IndonesianDates.format(o.due())));
            }
            table(List.of(Column.text(get("col.no"), 0.6f, Align.CENTER), Column.text(get("col.register"), 2.6f, Align.LEFT),
                    Column.text(get("col.clock"), 4.5f, Align.LEFT), Column.text(get("col.due"), 2f, Align.LEFT)), rows);
        }
    }

    private void sectionObstacles() {
        heading(get("section5"));
        String text = report.obstacles().isBlank() ? get("section5.none") : report.obstacles().strip();
        for (String para : text.split("\\R")) {
            if (!para.isBlank()) {
                text(para.strip());
            }
        }
    }

    private void closing() {
        flow.gap(8);
        flow.paragraph(get("closing"), fonts.regular(), BODY, Align.JUSTIFY, 0);
        flow.gap(12);
        OpdProfile p = report.header().issuer();
        String nip = p.headNip() == null || p.headNip().isBlank() ? null : "NIP. " + IdentityFormat.groupNip(p.headNip());
        SignatureBlock sb = new SignatureBlock(null, null, List.of(p.headPosition().toUpperCase(java.util.Locale.ROOT) + ","),
                p.headName(), p.headRank(), nip, null);
        float colW = flow.width() * 0.5f;
        var block = SignatureBlockRenderer.layout(sb, fonts, BODY, colW);
        flow.place(new Shifted(block, flow.width() - colW), 0);
        if (!report.copies().isEmpty()) {
            flow.gap(12);
            flow.ensure(BODY * 3);
            flow.paragraph(get("copies"), fonts.regular(), BODY, Align.LEFT, 0);
            int n = 0;
            for (String c : report.copies()) {
                flow.paragraph((++n) + ". " + c, fonts.regular(), BODY, Align.LEFT, 0);
            }
        }
    }

    // ---------------------------------------------------------------- annexes

    private void annexHeader(String letter, String title) {
        flow.newPage();
        ReportHeader h = report.header();
        float w = flow.width() * 0.45f;
        float x = flow.width() - w;
        List<String> lines = List.of(get("annex.label", letter),
                get("annex.ofLetter"),
                get("annex.number", h.letterNumber().isBlank() ? "-" : h.letterNumber()),
                get("annex.date", IndonesianDates.format(h.letterDate())));
        for (String l : lines) {
            flow.place(new Shifted(new Paragraph(l, fonts.regular(), 9.5f, w, Align.LEFT), x), 0);
        }
        flow.gap(12);
        flow.paragraph(title, fonts.bold(), BODY, Align.CENTER, 0);
        flow.gap(6);
    }

    private void annexA() {
        if (report.unsigned().isEmpty()) {
            return;
        }
        annexHeader("A", get("annexA.title", upper(asOf()), report.header().periodName()));
        flow.paragraph(get("annexA.intro", num(report.unsignedCount())), fonts.regular(), BODY, Align.LEFT, 0);
        for (UnsignedGroup g : report.unsigned()) {
            flow.gap(6);
            flow.ensure(BODY * 6);
            flow.paragraph(g.subUnit() + " (" + num(g.people().size()) + ")", fonts.bold(), 10f, Align.LEFT, 0);
            flow.gap(2);
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (UnsignedPerson u : g.people()) {
                rows.add(List.of(String.valueOf(++n), u.name(), u.idNumber() == null ? "-" : u.idNumber(),
                        u.position() == null ? "-" : u.position()));
            }
            flow.table(new PdfTable(fonts, TABLE, List.of(Column.text(get("col.no"), 0.6f, Align.CENTER),
                    Column.text(get("col.name"), 3.6f, Align.LEFT), Column.text(get("col.id"), 2.4f, Align.LEFT),
                    Column.text(get("col.position"), 3.4f, Align.LEFT))), rows, 0, TABLE * 6);
        }
    }

    private void annexB() {
        if (report.register().isEmpty()) {
            return;
        }
        annexHeader("B", get("annexB.title", upper(asOf())));
        flow.paragraph(get("annexB.note"), fonts.italic(), 9.5f, Align.JUSTIFY, 0);
        flow.gap(4);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CaseRegisterRow r : report.register()) {
            rows.add(List.of(String.valueOf(++n), r.registerNumber(), IndonesianDates.format(r.dateKnown()),
                    r.persons().isBlank() ? "-" : r.persons(), r.subUnit() == null ? "-" : r.subUnit(),
                    ReportText.wording(r.wording(), r.codes().isBlank() ? "-" : r.codes())
                            + " (" + ReportText.categories(r.category()) + ")",
                    ReportText.source(r.source()), ReportText.status(r.status())));
        }
        flow.table(new PdfTable(fonts, 8f, List.of(Column.text(get("col.no"), 0.6f, Align.CENTER),
                Column.text(get("col.register"), 2.2f, Align.LEFT), Column.text(get("col.dateKnown"), 1.5f, Align.LEFT),
                Column.text(get("col.persons"), 2.5f, Align.LEFT), Column.text(get("col.subUnit"), 1.5f, Align.LEFT),
                Column.text(get("col.allegation"), 2.1f, Align.LEFT), Column.text(get("col.source"), 1.5f, Align.LEFT),
                Column.text(get("col.status"), 1.3f, Align.LEFT))), rows, 0, TABLE * 6);
    }

    private static String upper(String s) {
        return s.toUpperCase(java.util.Locale.ROOT);
    }

    /** Thousands with a dot, as Indonesian documents write numbers. */
    static String num(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** A block drawn {@code dx} points to the right (signature column, annex reference). */
    private record Shifted(id.netra.pdf.Block inner, float dx) implements id.netra.pdf.Block {
        @Override
        public float width() {
            return inner.width() + dx;
        }

        @Override
        public float height() {
            return inner.height();
        }

        @Override
        public void draw(id.netra.pdf.PdfCanvas canvas, float x, float top) {
            inner.draw(canvas, x + dx, top);
        }
    }
}
