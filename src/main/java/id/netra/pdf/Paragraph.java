package id.netra.pdf;

import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text wrapped to a width in one font and size: a {@link Block}. */
public final class Paragraph implements Block {

    /** Leading as a multiple of the font size; 1.25 reads like a "1,15" line spacing in a word processor. */
    public static final float DEFAULT_LEADING = 1.25f;

    private final PDFont font;
    private final float size;
    private final float width;
    private final float leading;
    private final Align align;
    private final float indent;
    private final List<String> lines;

    public Paragraph(String text, PDFont font, float size, float width, Align align) {
        this(text, font, size, width, align, DEFAULT_LEADING, 0);
    }

    /**
     * @param indent left indent of every line (a hanging list item's text sits right of its number)
     */
    public Paragraph(String text, PDFont font, float size, float width, Align align, float leadingFactor, float indent) {
        this.font = font;
        this.size = size;
        this.width = width;
        this.leading = size * leadingFactor;
        this.align = align;
        this.indent = indent;
        this.lines = PdfText.wrap(text, font, size, width - indent);
    }

    public List<String> lines() {
        return lines;
    }

    public float leading() {
        return leading;
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return lines.size() * leading;
    }

    /** Baseline of the first line sits one ascent (about 0.8 size) under the top. */
    @Override
    public void draw(PdfCanvas canvas, float x, float top) {
        float firstBaseline = top - size * 0.85f - (leading - size) / 2f;
        canvas.lines(font, size, x + indent, width - indent, firstBaseline, leading, lines, align);
    }
}
