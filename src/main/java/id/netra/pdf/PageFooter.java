package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Stamps "Halaman X dari Y" on every page once the page count is known (after the content is laid
 * out). The wording is Indonesian on purpose: official documents are written in Bahasa Indonesia
 * whatever language the screens are set to (UU 24/2009, Pasal 27).
 */
public final class PageFooter {

    private PageFooter() {
    }

    public static String text(int page, int pages) {
        return "Halaman " + page + " dari " + pages;
    }

    public static void stamp(PDDocument document, PdfFonts fonts, PageMargins margins) {
        int pages = document.getNumberOfPages();
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream cs = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfCanvas canvas = new PdfCanvas(cs);
                float size = 8.5f;
                String label = text(n, pages);
                float x = box.getWidth() - margins.right() - PdfText.width(fonts.italic(), size, label);
                canvas.text(fonts.italic(), size, x, margins.bottom() / 2f, label);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
