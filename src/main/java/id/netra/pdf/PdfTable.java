package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A ruled table that flows over as many pages as it needs, repeating its header row at the top of
 * every page and wrapping cell text by measured width. Rows are never split across pages.
 */
public final class PdfTable {

    /** Paints one cell's content (the frame is drawn by the table). */
    @FunctionalInterface
    public interface CellPainter {
        void paint(PdfCanvas canvas, int rowIndex, String text, float x, float top, float width, float height);
    }

    /**
     * @param weight  share of the table width (weights are normalised)
     * @param painter custom content, or null for wrapped text
     */
    public record Column(String header, float weight, Align align, CellPainter painter) {
        public static Column text(String header, float weight, Align align) {
            return new Column(header, weight, align, null);
        }
    }

    /** Where the table may draw on one page: the area between {@code top} and {@code bottom}. */
    public record PageArea(PdfCanvas canvas, float x, float top, float bottom, float width) {
    }

    /** Called when the current page is full; returns the area of a fresh page. */
    @FunctionalInterface
    public interface PageSource {
        PageArea nextPage();
    }

    /** The page the table ended on and the y just under its last row. */
    public record Result(PageArea page, float y, int pages) {
    }

    private static final float PADDING = 3f;
    private static final float HEADER_GREY = 0.88f;

    private final PdfFonts fonts;
    private final float fontSize;
    private final List<Column> columns;
    private float minRowHeight;
    private final float leading;
    private int keepRows;
    private float trailerHeight;

    public PdfTable(PdfFonts fonts, float fontSize, List<Column> columns) {
        this.fonts = Objects.requireNonNull(fonts);
        this.fontSize = fontSize;
        this.columns = List.copyOf(columns);
        this.leading = fontSize * 1.2f;
        this.minRowHeight = fontSize * 1.2f + 2 * PADDING;
    }

    /** Rows for wet signatures need room for a pen: give them a minimum height. */
    public PdfTable minRowHeight(float height) {
        this.minRowHeight = height;
        return this;
    }

    /**
     * Whatever follows the table (a signature, {@code trailerHeight} tall with its gap) never stands
     * alone on a page: the last {@code rows} rows move to the next page with it when it would not fit.
     */
    public PdfTable keepLastRowsWith(int rows, float trailerHeight) {
        this.keepRows = rows;
        this.trailerHeight = trailerHeight;
        return this;
    }

    public Result draw(PageArea first, PageSource more, List<List<String>> rows) {
        PageArea page = first;
        float[] widths = widths(page.width());
        Laid header = lay(headerTexts(), widths, fonts.bold(), 0);
        float y = drawHeader(page, header, widths);
        int pages = 1;
        int keepFrom = keepRows > 0 ? Math.max(1, rows.size() - keepRows) : rows.size();
        for (int i = 0; i < rows.size(); i++) {
            Laid row = lay(rows.get(i), widths, fonts.regular(), minRowHeight);
            boolean breakForTrailer = i == keepFrom && y - tailHeight(rows, i, widths) - trailerHeight < page.bottom();
            if (breakForTrailer || y - row.height < page.bottom()) {
                page = more.nextPage();
                pages++;
                widths = widths(page.width());
                y = drawHeader(page, header, widths);
            }
            drawRow(page, row, widths, y, i, false);
            y -= row.height;
        }
        return new Result(page, y, pages);
    }

    private float tailHeight(List<List<String>> rows, int from, float[] widths) {
        float h = 0;
        for (int i = from; i < rows.size(); i++) {
            h += lay(rows.get(i), widths, fonts.regular(), minRowHeight).height;
        }
        return h;
    }

    private List<String> headerTexts() {
        List<String> texts = new ArrayList<>();
        for (Column c : columns) {
            texts.add(c.header());
        }
        return texts;
    }

    private float[] widths(float total) {
        float sum = 0;
        for (Column c : columns) {
            sum += c.weight();
        }
        float[] w = new float[columns.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = total * columns.get(i).weight() / sum;
        }
        return w;
    }

    private float drawHeader(PageArea page, Laid header, float[] widths) {
        drawRow(page, header, widths, page.top(), -1, true);
        return page.top() - header.height;
    }

    private Laid lay(List<String> texts, float[] widths, PDFont font, float minHeight) {
        List<List<String>> cells = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < columns.size(); c++) {
            String text = c < texts.size() && texts.get(c) != null ? texts.get(c) : "";
            List<String> lines = PdfText.wrap(text, font, fontSize, widths[c] - 2 * PADDING);
            cells.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float h = Math.max(minHeight, maxLines * leading + 2 * PADDING);
        return new Laid(texts, cells, font, h);
    }

    private void drawRow(PageArea page, Laid row, float[] widths, float top, int rowIndex, boolean header) {
        PdfCanvas canvas = page.canvas();
        float x = page.x();
        float bottom = top - row.height;
        if (header) {
            fillGrey(canvas, x, bottom, page.width(), row.height);
        }
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            float w = widths[c];
            if (!header && col.painter() != null) {
                String text = c < row.texts.size() ? row.texts.get(c) : "";
                col.painter().paint(canvas, rowIndex, text, x, top, w, row.height);
            } else {
                List<String> lines = row.cells.get(c);
                // centred vertically: tall signature rows keep the name beside the middle of the signature
                float textHeight = lines.size() * leading;
                float firstBaseline = top - (row.height - textHeight) / 2f - fontSize * 0.95f;
                Align align = header ? Align.CENTER : col.align();
                canvas.lines(row.font, fontSize, x + PADDING, w - 2 * PADDING, firstBaseline, leading, lines, align);
            }
            canvas.strokeRect(x, bottom, w, row.height, 0.6f);
            x += w;
        }
    }

    private static void fillGrey(PdfCanvas canvas, float x, float y, float w, float h) {
        try {
            canvas.stream().saveGraphicsState();
            canvas.stream().setNonStrokingColor(HEADER_GREY, HEADER_GREY, HEADER_GREY);
            canvas.stream().addRect(x, y, w, h);
            canvas.stream().fill();
            canvas.stream().restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Laid(List<String> texts, List<List<String>> cells, PDFont font, float height) {
    }

    /**
     * The signature column of an Indonesian attendance list: odd numbers sign on the left half,
     * even numbers on the right, so neighbours' signatures do not collide. The cell text is the number.
     */
    public static CellPainter zigzagSignature(PDFont font, float size) {
        return (canvas, rowIndex, text, x, top, width, height) -> {
            int number = rowIndex + 1;
            try {
                number = Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                // keep the row position: the caller may label rows differently
            }
            float half = width / 2f;
            float left = number % 2 == 1 ? x + PADDING : x + half + PADDING;
            float baseline = top - height / 2f - size * 0.35f;
            canvas.text(font, size, left, baseline, number + ".");
        };
    }
}
