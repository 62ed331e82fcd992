package id.netra.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** Lays out a {@link SignatureBlock} centred in a column. */
public final class SignatureBlockRenderer {

    /** Room for a wet signature (and a stamp over it), about 2.5 cm. */
    public static final float DEFAULT_SIGNATURE_SPACE = PaperSize.mm(24);

    private SignatureBlockRenderer() {
    }

    public static Block layout(SignatureBlock sb, PdfFonts fonts, float size, float width) {
        return layout(sb, fonts, size, width, DEFAULT_SIGNATURE_SPACE);
    }

    public static Block layout(SignatureBlock sb, PdfFonts fonts, float size, float width, float signatureSpace) {
        return new Laid(sb, fonts, size, width, signatureSpace);
    }

    private static final class Laid implements Block {
        private final float width;
        private final float size;
        private final float leading;
        private final List<Row> above = new ArrayList<>();
        private final List<Row> below = new ArrayList<>();
        private final float signatureSpace;

        Laid(SignatureBlock sb, PdfFonts fonts, float size, float width, float signatureSpace) {
            this.width = width;
            this.size = size;
            this.leading = size * Paragraph.DEFAULT_LEADING;
            this.signatureSpace = signatureSpace;
            String dateLine = sb.dateLine();
            if (dateLine != null) {
                addWrapped(above, fonts.regular(), dateLine, false);
            }
            for (String role : sb.roleLines()) {
                addWrapped(above, fonts.regular(), role, false);
            }
            addWrapped(below, fonts.bold(), sb.name(), true);
            if (sb.rank() != null && !sb.rank().isBlank()) {
                addWrapped(below, fonts.regular(), sb.rank(), false);
            }
            if (sb.idLine() != null && !sb.idLine().isBlank()) {
                addWrapped(below, fonts.regular(), sb.idLine(), false);
            }
        }

        private void addWrapped(List<Row> rows, PDFont font, String text, boolean underline) {
            for (String l : PdfText.wrap(text, font, size, width)) {
                rows.add(new Row(font, l, underline));
            }
        }

        @Override
        public float width() {
            return width;
        }

        @Override
        public float height() {
            return (above.size() + below.size()) * leading + signatureSpace;
        }

        @Override
        public void draw(PdfCanvas canvas, float x, float top) {
            float y = top - size;
            y = drawRows(canvas, above, x, y);
            y -= signatureSpace;
            drawRows(canvas, below, x, y);
        }

        private float drawRows(PdfCanvas canvas, List<Row> rows, float x, float baseline) {
            float y = baseline;
            for (Row r : rows) {
                canvas.line(r.font, size, x, width, y, r.text, Align.CENTER);
                if (r.underline) {
                    float w = PdfText.width(r.font, size, r.text);
                    float start = x + (width - w) / 2f;
                    canvas.rule(start, y - size * 0.14f, start + w, y - size * 0.14f, size * 0.06f);
                }
                y -= leading;
            }
            return y;
        }
    }

    private record Row(PDFont font, String text, boolean underline) {
    }
}
