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

    /** What a block draws, given its top-left corner. */
    @FunctionalInterface
    interface Painter {
        void draw(PdfCanvas canvas, float x, float top);
    }

    /** A block whose size is already known, drawn by {@code painter}. */
    static Block of(float width, float height, Painter painter) {
        return new Block() {
            @Override
            public float width() {
                return width;
            }

            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PdfCanvas canvas, float x, float top) {
                painter.draw(canvas, x, top);
            }
        };
    }
}
