package id.netra.pdf;

import java.io.IOException;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Building a document in memory without leaking it when the layout fails half-way. */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /**
     * The document as it would be written, loaded back. Fonts are subset and embedded only on save,
     * so pages rendered from an unsaved document (previews, printing through PDFBox) would fall back
     * to another font with other widths. Closes {@code doc}; the caller closes the result.
     */
    public static PDDocument asWritten(PDDocument doc) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (doc) {
            doc.save(bytes);
        }
        return org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray());
    }

    /**
     * A new document filled by {@code render}; the caller owns (and closes) the result. If rendering
     * throws, the half-built document is closed before the exception travels on.
     */
    public static PDDocument build(Consumer<PDDocument> render) {
        PDDocument doc = new PDDocument();
        try {
            render.accept(doc);
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
