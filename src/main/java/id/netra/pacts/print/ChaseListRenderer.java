package id.netra.pacts.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import id.netra.i18n.IndonesianDates;
import id.netra.pdf.Align;
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
import id.netra.pdf.Stack;

/** Prints the chase list: who has not signed the pact yet, by sub-unit, heads first. Indonesian text. */
public final class ChaseListRenderer {

    private ChaseListRenderer() {
    }

    public static int save(ChaseList list, Path target) throws IOException {
        PageMargins m = PageMargins.official();
        PaperSize paper = list.paper();
        float width = m.contentWidth(paper);
        List<PDPageContentStream> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.serif(doc);
            PdfTable.PageSource pages = () -> {
                PDPage page = new PDPage(paper.rectangle());
                doc.addPage(page);
                try {
                    PDPageContentStream cs = new PDPageContentStream(doc, page);
                    open.add(cs);
                    return new PdfTable.PageArea(new PdfCanvas(cs), m.left(), paper.height() - m.top(),
                            m.bottom() + PaperSize.mm(4), width);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            try {
                PdfTable.PageArea first = pages.nextPage();
                PdfForms.Placed kop = LetterheadRenderer.toForm(doc, fonts, list.letterhead(), width);
                kop.draw(first.canvas(), m.left(), first.top());
                Stack heading = new Stack(width)
                        .add(new Paragraph("DAFTAR PEGAWAI YANG BELUM MENANDATANGANI PAKTA INTEGRITAS", fonts.bold(), 12,
                                width, Align.CENTER))
                        .add(2, new Paragraph(list.electionName().toUpperCase(java.util.Locale.ROOT), fonts.bold(), 11,
                                width, Align.CENTER))
                        .add(4, new Paragraph("Keadaan per " + IndonesianDates.format(list.asOf()) + ": "
                                + list.rows().size() + " orang", fonts.regular(), 11, width, Align.CENTER));
                float y = first.top() - kop.height() - PaperSize.mm(5);
                heading.draw(first.canvas(), m.left(), y);
                y -= heading.height() + PaperSize.mm(4);
                List<List<String>> rows = new ArrayList<>();
                int n = 1;
                for (ChaseList.Row r : list.rows()) {
                    rows.add(List.of(String.valueOf(n++), r.head() ? r.name() + " (Kepala)" : r.name(), r.number(),
                            r.position() == null ? "-" : r.position(), r.subUnit(), r.status()));
                }
                new PdfTable(fonts, 9.5f, List.of(
                        PdfTable.Column.text("No", 0.5f, Align.CENTER),
                        PdfTable.Column.text("Nama", 2.6f, Align.LEFT),
                        PdfTable.Column.text("NIP", 2.5f, Align.LEFT),
                        PdfTable.Column.text("Jabatan", 2.3f, Align.LEFT),
                        PdfTable.Column.text("Unit Kerja", 2.0f, Align.LEFT),
                        PdfTable.Column.text("Keterangan", 1.4f, Align.LEFT)))
                        .draw(new PdfTable.PageArea(first.canvas(), m.left(), y, first.bottom(), width), pages, rows);
            } finally {
                for (PDPageContentStream cs : open) {
                    cs.close();
                }
            }
            PageFooter.stamp(doc, fonts, m);
            SafeSave.save(doc, target);
            return doc.getNumberOfPages();
        }
    }
}
