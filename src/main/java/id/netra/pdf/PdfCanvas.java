package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * A thin drawing surface over a PDFBox content stream (a page or a form XObject). Coordinates are
 * PDF points with the origin at the bottom left; {@code y} of text calls is the baseline. I/O errors
 * become {@link UncheckedIOException} so layout code can use lambdas.
 */
public final class PdfCanvas {

    private final PDPageContentStream stream;

    public PdfCanvas(PDPageContentStream stream) {
        this.stream = stream;
    }

    public PDPageContentStream stream() {
        return stream;
    }

    /**
     * Coordinates to a quarter point (0.09 mm, below a printer dot). Quarters are exact binary
     * fractions, so they print as "613.25" rather than "613.45001": content streams of thousands of
     * pages get noticeably smaller.
     */
    static float round(float v) {
        return Math.round(v * 4f) / 4f;
    }

    public void text(PDFont font, float size, float x, float baseline, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(round(x), round(baseline));
            stream.showText(PdfText.clean(font, text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line placed in the box [x, x + width] according to {@code align} (JUSTIFY acts as LEFT). */
    public void line(PDFont font, float size, float x, float width, float baseline, String text, Align align) {
        float w = PdfText.width(font, size, text);
        float at = switch (align) {
            case CENTER -> x + (width - w) / 2f;
            case RIGHT -> x + width - w;
            default -> x;
        };
        text(font, size, at, baseline, text);
    }

    /**
     * One line stretched to {@code width} by spreading the gaps between words. Done word by word
     * because the PDF word-spacing operator does not apply to the two-byte codes of Type 0 fonts.
     */
    public void justified(PDFont font, float size, float x, float width, float baseline, String text) {
        String[] words = text.trim().split(" +");
        if (words.length < 2) {
            text(font, size, x, baseline, text);
            return;
        }
        float total = 0;
        for (String word : words) {
            total += PdfText.width(font, size, word);
        }
        float gap = (width - total) / (words.length - 1);
        float natural = PdfText.width(font, size, " ");
        if (gap > natural * 4) {
            // a nearly empty line stretched edge to edge looks broken: set it ragged instead
            text(font, size, x, baseline, text);
            return;
        }
        float at = x;
        for (String word : words) {
            text(font, size, at, baseline, word);
            at += PdfText.width(font, size, word) + gap;
        }
    }

    /** Draws lines of a paragraph from {@code baseline} downward; returns the baseline after the last line. */
    public float lines(PDFont font, float size, float x, float width, float baseline, float leading,
                       List<String> lines, Align align) {
        float y = baseline;
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            if (align == Align.JUSTIFY && !last) {
                justified(font, size, x, width, y, lines.get(i));
            } else {
                line(font, size, x, width, y, lines.get(i), align);
            }
            y -= leading;
        }
        return y;
    }

    public void rule(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            stream.setLineWidth(lineWidth);
            stream.moveTo(round(x1), round(y1));
            stream.lineTo(round(x2), round(y2));
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void dashedRect(float x, float y, float width, float height, float lineWidth, float dash) {
        try {
            stream.saveGraphicsState();
            stream.setLineDashPattern(new float[] {dash, dash}, 0);
            stream.setLineWidth(lineWidth);
            stream.addRect(x, y, width, height);
            stream.stroke();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void strokeRect(float x, float y, float width, float height, float lineWidth) {
        try {
            stream.setLineWidth(lineWidth);
            stream.addRect(x, y, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a rectangle to the current path; call {@link #fill()} once after many (one fill is much smaller). */
    public void addRect(float x, float y, float width, float height) {
        try {
            stream.addRect(x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void fill() {
        try {
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void image(PDImageXObject image, float x, float y, float width, float height) {
        try {
            stream.drawImage(image, x, y, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Places a form XObject with its bounding box's origin at (x, y). */
    public void form(PDFormXObject form, float x, float y) {
        try {
            stream.saveGraphicsState();
            stream.transform(Matrix.getTranslateInstance(round(x), round(y)));
            stream.drawForm(form);
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
