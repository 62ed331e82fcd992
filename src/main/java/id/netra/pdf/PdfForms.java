package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Turns a {@link Block} into a form XObject: drawn once, referenced by every page that shows it.
 * A letterhead used on 5,000 sheets is then stored once instead of 5,000 times.
 */
public final class PdfForms {

    private PdfForms() {
    }

    public static Placed toForm(PDDocument document, Block block) {
        PDFormXObject form = new PDFormXObject(document);
        form.setResources(new PDResources());
        // a hair of slack so strokes on the edge (the letterhead rule) are not clipped by the bbox
        float slack = 2f;
        form.setBBox(new PDRectangle(-slack, -slack, block.width() + 2 * slack, block.height() + 2 * slack));
        // PDPageContentStream writes forms only through the appearance-stream door (same COS stream)
        try (PDPageContentStream stream = new PDPageContentStream(document, new PDAppearanceStream(form.getCOSObject()))) {
            block.draw(new PdfCanvas(stream), 0, block.height());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Placed(form, block.width(), block.height());
    }

    /** A form with the size of the block it was made from; itself a block, so it composes. */
    public record Placed(PDFormXObject form, float width, float height) implements Block {
        @Override
        public void draw(PdfCanvas canvas, float x, float top) {
            canvas.form(form, x, top - height);
        }
    }
}
