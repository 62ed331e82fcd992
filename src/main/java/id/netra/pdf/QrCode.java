package id.netra.pdf;

import java.util.EnumMap;
import java.util.Map;

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
        int n = matrix.getWidth();
        float module = size / n;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && matrix.get(col, row)) {
                    col++;
                }
                // one rectangle per horizontal run of dark modules keeps the content stream short
                canvas.addRect(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
    }
}
