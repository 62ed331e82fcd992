package id.netra.reports.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import id.netra.pdf.Align;
import id.netra.pdf.Block;
import id.netra.pdf.PageMargins;
import id.netra.pdf.Paragraph;
import id.netra.pdf.PaperSize;
import id.netra.pdf.PdfCanvas;
import id.netra.pdf.PdfTable;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A running cursor down the pages of a flowing document: blocks are placed one under another and a new
 * page starts when the next one would cross the bottom margin. Streams stay open until {@link #finish}
 * so the page footer can be stamped afterwards.
 */
final class PageFlow {

    private final PDDocument document;
    private final PaperSize paper;
    private final PageMargins margins;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private PdfCanvas canvas;
    private float y;

    PageFlow(PDDocument document, PaperSize paper, PageMargins margins) {
        this.document = document;
        this.paper = paper;
        this.margins = margins;
    }

    float width() {
        return margins.contentWidth(paper);
    }

    float x() {
        return margins.left();
    }

    float y() {
        return y;
    }

    float bottom() {
        return margins.bottom();
    }

    float left() {
        return y - margins.bottom();
    }

    PdfCanvas canvas() {
        return canvas;
    }

    void newPage() {
        PDPage page = new PDPage(paper.rectangle());
        document.addPage(page);
        try {
            PDPageContentStream stream = new PDPageContentStream(document, page);
            streams.add(stream);
            canvas = new PdfCanvas(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = paper.height() - margins.top();
    }

    /** Starts a new page unless {@code height} still fits above the bottom margin. */
    void ensure(float height) {
        if (canvas == null || y - height < margins.bottom()) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** Places a block at the left margin plus {@code indent}, breaking the page before it if needed. */
    void place(Block block, float indent) {
        ensure(block.height());
        block.draw(canvas, x() + indent, y);
        y -= block.height();
    }

    void paragraph(String text, PDFont font, float size, Align align, float indent) {
        Paragraph p = new Paragraph(text, font, size, width() - indent, align);
        // long paragraphs (section V) may be taller than a page: place them line by line
        if (p.height() > paper.height() / 2) {
            for (String line : p.lines()) {
                place(new Paragraph(line, font, size, width() - indent, Align.LEFT), indent);
            }
            return;
        }
        place(p, indent);
    }

    /** A table that may flow over pages, its header repeated on each; needs room for header and a row first. */
    void table(PdfTable table, List<List<String>> rows, float indent, float minFirst) {
        ensure(minFirst);
        PdfTable.PageArea first = new PdfTable.PageArea(canvas, x() + indent, y, margins.bottom(), width() - indent);
        PdfTable.Result r = table.draw(first, () -> {
            newPage();
            return new PdfTable.PageArea(canvas, x() + indent, y, margins.bottom(), width() - indent);
        }, rows);
        y = r.y();
    }

    void finish() {
        try {
            for (PDPageContentStream s : streams) {
                s.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        streams.clear();
    }

}
