package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A horizontal bar chart of percentages (0-100) drawn as vector paths: sharp at any zoom, tiny, and
 * searchable text for labels and values. Labels sit left of the bars (truncated to fit, never
 * overflowing); the value is printed at the end of each bar. Colours are plain DeviceRGB, which the
 * sRGB output intent of {@link PdfA} covers. A long list is drawn in slices ({@link #slice}) so each
 * page gets the rows that fit.
 */
public final class HorizontalBarChart implements Block {

    /** One bar: a label and a percentage; {@code valueText} is what is printed ("85,7%"). */
    public record Bar(String label, double percent, String valueText) {
    }

    private static final float ROW = 14f;
    private static final float AXIS = 14f;
    private static final float BAR_RGB_R = 0.20f;
    private static final float BAR_RGB_G = 0.40f;
    private static final float BAR_RGB_B = 0.65f;

    private final PdfFonts fonts;
    private final float size;
    private final float width;
    private final List<Bar> bars;

    public HorizontalBarChart(PdfFonts fonts, float size, float width, List<Bar> bars) {
        this.fonts = fonts;
        this.size = size;
        this.width = width;
        this.bars = List.copyOf(bars);
    }

    /** Height one row of bars takes; a renderer divides free space by it to slice. */
    public static float rowHeight() {
        return ROW;
    }

    /** Height of the chart without bars (the axis labels). */
    public static float axisHeight() {
        return AXIS;
    }

    public HorizontalBarChart slice(int from, int to) {
        return new HorizontalBarChart(fonts, size, width, bars.subList(from, to));
    }

    public int size() {
        return bars.size();
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return bars.size() * ROW + AXIS;
    }

    @Override
    public void draw(PdfCanvas canvas, float x, float top) {
        float labelWidth = width * 0.34f;
        float valueWidth = PdfText.width(fonts.regular(), size, "100,0%") + 4f;
        float plotX = x + labelWidth + 4f;
        float plotWidth = width - labelWidth - 4f - valueWidth;
        float plotTop = top;
        float plotBottom = top - bars.size() * ROW;
        PDPageContentStream s = canvas.stream();
        try {
            // grid at 0, 25, 50, 75, 100 percent, light grey, under the bars
            s.saveGraphicsState();
            s.setStrokingColor(0.75f, 0.75f, 0.75f);
            for (int p = 0; p <= 100; p += 25) {
                float gx = plotX + plotWidth * p / 100f;
                canvas.rule(gx, plotBottom, gx, plotTop, 0.4f);
            }
            s.restoreGraphicsState();

            s.saveGraphicsState();
            s.setNonStrokingColor(BAR_RGB_R, BAR_RGB_G, BAR_RGB_B);
            for (int i = 0; i < bars.size(); i++) {
                double pct = Math.max(0, Math.min(100, bars.get(i).percent()));
                float barTop = top - i * ROW - 2.5f;
                float w = (float) (plotWidth * pct / 100.0);
                if (w > 0) {
                    canvas.addRect(plotX, barTop - (ROW - 5f), w, ROW - 5f);
                }
            }
            s.fill();
            s.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        canvas.rule(plotX, plotBottom, plotX + plotWidth, plotBottom, 0.6f);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float baseline = top - i * ROW - ROW + 4.5f;
            canvas.text(fonts.regular(), size, x, baseline, fit(bar.label(), labelWidth));
            double pct = Math.max(0, Math.min(100, bar.percent()));
            float end = plotX + (float) (plotWidth * pct / 100.0);
            canvas.text(fonts.regular(), size, end + 2f, baseline, bar.valueText());
        }
        float axisBaseline = plotBottom - size - 2f;
        for (int p = 0; p <= 100; p += 25) {
            String label = p + "%";
            float gx = plotX + plotWidth * p / 100f - PdfText.width(fonts.regular(), size - 1, label) / 2f;
            canvas.text(fonts.regular(), size - 1, gx, axisBaseline, label);
        }
    }

    /** Truncates with an ellipsis so a long sub-unit name never runs into the bars. */
    private String fit(String text, float maxWidth) {
        if (PdfText.width(fonts.regular(), size, text) <= maxWidth) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && PdfText.width(fonts.regular(), size, t + "...") > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "...";
    }
}
