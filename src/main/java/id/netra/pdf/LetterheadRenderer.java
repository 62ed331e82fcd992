package id.netra.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out a kop surat the way regional offices print it: emblem at the left, the government and
 * OPD names centred in capitals and bold, the address below, and a thick-over-thin double rule.
 * Make it once per document with {@link #toForm} and place the form on every page.
 */
public final class LetterheadRenderer {

    private static final float EMBLEM_HEIGHT = PaperSize.mm(24);
    private static final float GAP_AFTER_EMBLEM = PaperSize.mm(3);
    private static final float RULE_GAP = PaperSize.mm(1.5f);
    private static final float THICK_RULE = 2.2f;
    private static final float THIN_RULE = 0.7f;

    private LetterheadRenderer() {
    }

    /** The letterhead as a form XObject spanning {@code width}; its height includes the rule. */
    public static PdfForms.Placed toForm(PDDocument document, PdfFonts fonts, Letterhead letterhead, float width) {
        return PdfForms.toForm(document, layout(document, fonts, letterhead, width));
    }

    public static Block layout(PDDocument document, PdfFonts fonts, Letterhead letterhead, float width) {
        PDImageXObject emblem = null;
        float emblemWidth = 0;
        if (letterhead.hasEmblem()) {
            try {
                emblem = PDImageXObject.createFromByteArray(document, letterhead.emblem(), "lambang");
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable emblem must not stop a print run; the kop is still valid without it
                emblem = null;
            }
            if (emblem != null && emblem.getHeight() > 0) {
                emblemWidth = EMBLEM_HEIGHT * emblem.getWidth() / emblem.getHeight();
            }
        }
        return new Laid(fonts, letterhead, width, emblem, emblemWidth);
    }

    private static final class Laid implements Block {
        private final float width;
        private final PDImageXObject emblem;
        private final float emblemWidth;
        private final List<Line> lines = new ArrayList<>();
        private final float textHeight;
        private final float textX;
        private final float textWidth;

        Laid(PdfFonts fonts, Letterhead lh, float width, PDImageXObject emblem, float emblemWidth) {
            this.width = width;
            this.emblem = emblem;
            this.emblemWidth = emblemWidth;
            // text is centred on the page, as on printed kop paper; only when the emblem would touch it
            // does the text centre in the space right of the emblem instead
            float reserved = emblem == null ? 0 : emblemWidth + GAP_AFTER_EMBLEM;
            float fullWidth = width - 2 * reserved;
            add(fonts.bold(), 14, lh.governmentName().toUpperCase(Locale.ROOT), fullWidth);
            add(fonts.bold(), 16, lh.opdName().toUpperCase(Locale.ROOT), fullWidth);
            for (String address : lh.addressLines()) {
                add(fonts.regular(), 10.5f, address, fullWidth);
            }
            if (lh.contactLine() != null) {
                add(fonts.regular(), 9.5f, lh.contactLine(), fullWidth);
            }
            float h = 0;
            for (Line l : lines) {
                h += l.size * 1.2f;
            }
            this.textHeight = h;
            this.textX = reserved;
            this.textWidth = fullWidth;
        }

        private void add(PDFont font, float size, String text, float maxWidth) {
            // long OPD names ("DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, ...") shrink a little, then wrap
            float s = size;
            while (s > size * 0.8f && PdfText.width(font, s, text) > maxWidth) {
                s -= 0.5f;
            }
            for (String part : PdfText.wrap(text, font, s, maxWidth)) {
                lines.add(new Line(font, s, part));
            }
        }

        private float bodyHeight() {
            return Math.max(textHeight, emblem == null ? 0 : EMBLEM_HEIGHT);
        }

        @Override
        public float width() {
            return width;
        }

        @Override
        public float height() {
            return bodyHeight() + RULE_GAP + THICK_RULE + 1.6f + THIN_RULE;
        }

        @Override
        public void draw(PdfCanvas canvas, float x, float top) {
            float body = bodyHeight();
            if (emblem != null) {
                canvas.image(emblem, x, top - (body + EMBLEM_HEIGHT) / 2f, emblemWidth, EMBLEM_HEIGHT);
            }
            float y = top - (body - textHeight) / 2f;
            for (Line l : lines) {
                float lead = l.size * 1.2f;
                canvas.line(l.font, l.size, x + textX, textWidth, y - l.size * 0.95f, l.text, Align.CENTER);
                y -= lead;
            }
            float ruleY = top - body - RULE_GAP - THICK_RULE / 2f;
            canvas.rule(x, ruleY, x + width, ruleY, THICK_RULE);
            float thinY = ruleY - THICK_RULE / 2f - 1.6f - THIN_RULE / 2f;
            canvas.rule(x, thinY, x + width, thinY, THIN_RULE);
        }
    }

    private record Line(PDFont font, float size, String text) {
    }
}
