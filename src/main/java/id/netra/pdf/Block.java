package id.netra.pdf;

/**
 * A laid-out piece of a page (a paragraph, a letterhead, a signature block): its size is known
 * before it is drawn, so a renderer can decide whether it still fits and where the next piece goes.
 */
public interface Block {

    float width();

    float height();

    /** Draws with the block's top-left corner at ({@code x}, {@code top}). */
    void draw(PdfCanvas canvas, float x, float top);
}
