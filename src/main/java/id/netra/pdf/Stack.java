package id.netra.pdf;

import java.util.ArrayList;
import java.util.List;

/** Blocks one under another with gaps; itself a block. */
public final class Stack implements Block {

    private final float width;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Float> gapsBefore = new ArrayList<>();

    public Stack(float width) {
        this.width = width;
    }

    public Stack add(Block block) {
        return add(0, block);
    }

    public Stack add(float gapBefore, Block block) {
        blocks.add(block);
        gapsBefore.add(gapBefore);
        return this;
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        float h = 0;
        for (int i = 0; i < blocks.size(); i++) {
            h += gapsBefore.get(i) + blocks.get(i).height();
        }
        return h;
    }

    @Override
    public void draw(PdfCanvas canvas, float x, float top) {
        float y = top;
        for (int i = 0; i < blocks.size(); i++) {
            y -= gapsBefore.get(i);
            blocks.get(i).draw(canvas, x, y);
            y -= blocks.get(i).height();
        }
    }

    /** Empty vertical space. */
    public static Block space(float width, float height) {
        return Block.of(width, height, (canvas, x, top) -> {
            // nothing: white space is the point
        });
    }
}
