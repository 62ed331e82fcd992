package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code drawn as vector rectangles (no image): sharp at any printer resolution and a few hundred
 * bytes per page. The caller keeps a white quiet zone of about four modules around it.
 */
public final class QrCode {

    private final BitMatrix matrix;

    private QrCode(BitMatrix matrix) {
        this.matrix = matrix;
    }

    public static QrCode encode(String content) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.MARGIN, 0);
        // M survives a staple hole or a smudge on a signed sheet and keeps the code small
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, "ISO-8859-1");
        // a fixed mask skips ZXing's trial of all eight (most of the encoding time); any mask decodes
        hints.put(EncodeHintType.QR_MASK_PATTERN, 2);
        try {
            // size 0 asks for one pixel per module: we scale it ourselves as vectors
            return new QrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR content of length " + content.length(), e);
        }
    }

    public int modules() {
        return matrix.getWidth();
    }

    /** Draws the code as a square of side {@code size} with its lower-left corner at (x, y). */
    public void draw(PdfCanvas canvas, float x, float y, float size) {
        draw(canvas, x, y, size, null);
    }

    private void draw(PdfCanvas canvas, float x, float y, float size, PDFormXObject finders) {
        int n = matrix.getWidth();
        float module = size / n;
        try {
            // drawn in module units (origin top-left, y down): small integers keep each rectangle a few bytes
            canvas.stream().saveGraphicsState();
            canvas.stream().transform(new Matrix(module, 0, 0, -module, x, y + size));
            if (finders != null) {
                canvas.stream().drawForm(finders);
            }
            for (int row = 0; row < n; row++) {
                int col = 0;
                while (col < n) {
                    if (!matrix.get(col, row) || finders != null && inFinder(col, row, n)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < n && matrix.get(col, row) && (finders == null || !inFinder(col, row, n))) {
                        col++;
                    }
                    // one rectangle per horizontal run of dark modules keeps the content stream short
                    canvas.addRect(start, row, col - start, 1);
                }
            }
            canvas.fill();
            canvas.stream().restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The three 7x7 position squares (same in every code of a size) plus their white separators. */
    private static boolean inFinder(int col, int row, int n) {
        boolean left = col < 8;
        boolean top = row < 8;
        return left && top || !left && col >= n - 8 && top || left && row >= n - 8;
    }

    /**
     * Draws many codes into one document, sharing the three position squares as one form XObject per
     * code size: on a batch of thousands of sheets that is a third of every code's drawing.
     */
    public static final class Stamper {
        private final PDDocument document;
        private final Map<Integer, PDFormXObject> finders = new HashMap<>();

        public Stamper(PDDocument document) {
            this.document = document;
        }

        public void draw(PdfCanvas canvas, String content, float x, float y, float size) {
            draw(canvas, encode(content), x, y, size);
        }

        /** Draws a code encoded beforehand (possibly on another thread: encoding needs no document). */
        public void draw(PdfCanvas canvas, QrCode code, float x, float y, float size) {
            int n = code.modules();
            code.draw(canvas, x, y, size, finders.computeIfAbsent(n, this::finderForm));
        }

        private PDFormXObject finderForm(int n) {
            PDFormXObject form = new PDFormXObject(document);
            form.setResources(new PDResources());
            form.setBBox(new PDRectangle(0, 0, n, n));
            try (PDPageContentStream cs = new PDPageContentStream(document, new PDAppearanceStream(form.getCOSObject()))) {
                for (int[] at : new int[][] {{0, 0}, {n - 7, 0}, {0, n - 7}}) {
                    int cx = at[0];
                    int cy = at[1];
                    cs.addRect(cx, cy, 7, 1);
                    cs.addRect(cx, cy + 6, 7, 1);
                    cs.addRect(cx, cy + 1, 1, 5);
                    cs.addRect(cx + 6, cy + 1, 1, 5);
                    cs.addRect(cx + 2, cy + 2, 3, 3);
                }
                cs.fill();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return form;
        }
    }
}
