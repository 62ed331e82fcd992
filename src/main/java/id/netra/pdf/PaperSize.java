package id.netra.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The two sheet sizes Indonesian offices print on. F4 (215 x 330 mm, "folio") is still the daily
 * paper of many regional offices, so it is a first-class citizen next to A4.
 */
public enum PaperSize {
    A4(210f, 297f),
    F4(215f, 330f);

    public static final float POINTS_PER_MM = 72f / 25.4f;

    private final float widthMm;
    private final float heightMm;

    PaperSize(float widthMm, float heightMm) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public float widthMm() {
        return widthMm;
    }

    public float heightMm() {
        return heightMm;
    }

    public float width() {
        return mm(widthMm);
    }

    public float height() {
        return mm(heightMm);
    }

    public PDRectangle rectangle() {
        return new PDRectangle(width(), height());
    }

    /** Millimetres to PDF points. */
    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /** Lenient parse of a stored setting ("a4", " F4 "); anything unknown is A4, the national default. */
    public static PaperSize parse(String text) {
        if (text != null && text.trim().equalsIgnoreCase("F4")) {
            return F4;
        }
        return A4;
    }
}
