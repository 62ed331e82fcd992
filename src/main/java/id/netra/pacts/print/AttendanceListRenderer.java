package id.netra.pacts.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import id.netra.i18n.IndonesianDates;
import id.netra.pdf.PdfDocuments;
import id.netra.pdf.Align;
import id.netra.pdf.Block;
import id.netra.pdf.LetterheadRenderer;
import id.netra.pdf.PageFooter;
import id.netra.pdf.PageMargins;
import id.netra.pdf.PaperSize;
import id.netra.pdf.Paragraph;
import id.netra.pdf.PdfCanvas;
import id.netra.pdf.PdfFonts;
import id.netra.pdf.PdfForms;
import id.netra.pdf.PdfTable;
import id.netra.pdf.SafeSave;
import id.netra.pdf.SignatureBlockRenderer;
import id.netra.pdf.Stack;

/**
 * Prints the attendance list of an ikrar: kop on the first page, title and event lines, then the
 * table No / Nama / NIP / Jabatan / Tanda tangan with the signature column zig-zagging (odd numbers
 * left, even right) and its header repeated on every page, and the OPD head's signature at the end.
 * Document words are Indonesian whatever the screen language.
 */
public final class AttendanceListRenderer {

    private static final float FONT_SIZE = 10f;
    private static final float ROW_HEIGHT = PaperSize.mm(11);

    private final AttendanceList list;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PageMargins margins = PageMargins.official();
    private final List<PDPageContentStream> open = new ArrayList<>();

    private AttendanceListRenderer(AttendanceList list, PDDocument doc) {
        this.list = list;
        this.doc = doc;
        this.fonts = PdfFonts.serif(doc);
    }

    public static PDDocument build(AttendanceList list) {
        return PdfDocuments.build(doc -> new AttendanceListRenderer(list, doc).render());
    }

    /** Saves atomically; returns the number of pages. */
    public static int save(AttendanceList list, Path target) throws IOException {
        try (PDDocument doc = build(list)) {
            SafeSave.save(doc, target);
            return doc.getNumberOfPages();
        }
    }

    private void render() {
        var info = doc.getDocumentInformation();
        info.setTitle("Daftar Hadir - " + list.eventTitle());
        info.setAuthor(list.letterhead().opdName());
        info.setCreator("Netra");
        info.setCreationDate(Calendar.getInstance());
        PaperSize paper = list.paper();
        float width = margins.contentWidth(paper);
        try {
            PdfTable.PageArea first = newPage();
            PdfForms.Placed kop = LetterheadRenderer.toForm(doc, fonts, list.letterhead(), width);
            kop.draw(first.canvas(), margins.left(), first.top());
            Block heading = heading(width);
            float y = first.top() - kop.height() - PaperSize.mm(6);
            heading.draw(first.canvas(), margins.left(), y);
            y -= heading.height() + PaperSize.mm(4);
            PdfTable.PageArea tableArea = new PdfTable.PageArea(first.canvas(), first.x(), y, first.bottom(), width);

            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (AttendanceList.Row r : list.rows()) {
                String number = String.valueOf(n++);
                rows.add(List.of(number, r.name(), r.number() == null ? "-" : r.number(),
                        r.position() == null ? "-" : r.position(), number));
            }
            PdfTable table = new PdfTable(fonts, FONT_SIZE, List.of(
                    // the NIP column is just wide enough for "19850612 201001 1 003" on one line at 10 pt
                    PdfTable.Column.text("No", 0.5f, Align.CENTER),
                    PdfTable.Column.text("Nama", 2.75f, Align.LEFT),
                    PdfTable.Column.text("NIP", 2.65f, Align.LEFT),
                    PdfTable.Column.text("Jabatan", 2.3f, Align.LEFT),
                    new PdfTable.Column("Tanda tangan", 2.6f, Align.LEFT,
                            PdfTable.zigzagSignature(fonts.regular(), FONT_SIZE))))
                    .minRowHeight(ROW_HEIGHT);
            float column = PaperSize.mm(80);
            Block sig = list.head() == null ? null : SignatureBlockRenderer.layout(list.head(), fonts, 11, column);
            if (sig != null) {
                // the head signs under the last names, never alone on an otherwise empty page
                table.keepLastRowsWith(2, PaperSize.mm(8) + sig.height());
            }
            PdfTable.Result result = table.draw(tableArea, this::newPage, rows);

            if (sig != null) {
                PdfTable.PageArea page = result.page();
                float top = result.y() - PaperSize.mm(8);
                if (top - sig.height() < page.bottom()) {
                    page = newPage();
                    top = page.top();
                }
                sig.draw(page.canvas(), margins.left() + width - column, top);
            }
        } finally {
            closeStreams();
        }
        PageFooter.stamp(doc, fonts, margins);
    }

    private Block heading(float width) {
        Stack s = new Stack(width);
        s.add(new Paragraph("DAFTAR HADIR", fonts.bold(), 13, width, Align.CENTER));
        s.add(2, new Paragraph(list.eventTitle().toUpperCase(java.util.Locale.ROOT), fonts.bold(), 11.5f, width, Align.CENTER));
        s.add(PaperSize.mm(4), new Stack(width)
                .add(field("Hari/Tanggal", IndonesianDates.formatWithDay(list.date()), width))
                .add(field("Tempat", list.place() == null || list.place().isBlank() ? "-" : list.place(), width))
                .add(list.ledBy() == null || list.ledBy().isBlank() ? Stack.space(width, 0) : field("Dipimpin oleh", list.ledBy(), width)));
        return s;
    }

    private Block field(String label, String value, float width) {
        float labelWidth = PaperSize.mm(32);
        Paragraph v = new Paragraph(value, fonts.regular(), 11, width - labelWidth - PaperSize.mm(4), Align.LEFT);
        return Block.of(width, v.height(), (canvas, x, top) -> {
            float baseline = top - 11 * 0.85f - (v.leading() - 11) / 2f;
            canvas.text(fonts.regular(), 11, x, baseline, label);
            canvas.text(fonts.regular(), 11, x + labelWidth, baseline, ":");
            v.draw(canvas, x + labelWidth + PaperSize.mm(4), top);
        });
    }

    private PdfTable.PageArea newPage() {
        PaperSize paper = list.paper();
        PDPage page = new PDPage(paper.rectangle());
        doc.addPage(page);
        try {
            PDPageContentStream cs = new PDPageContentStream(doc, page);
            open.add(cs);
            return new PdfTable.PageArea(new PdfCanvas(cs), margins.left(), paper.height() - margins.top(),
                    margins.bottom() + PaperSize.mm(4), margins.contentWidth(paper));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStreams() {
        for (PDPageContentStream cs : open) {
            try {
                cs.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        open.clear();
    }
}
