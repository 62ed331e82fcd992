package id.netra.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Measuring and wrapping text by its real width in a given font. Names with titles and long job
 * titles ("Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan ...") must wrap, never overflow.
 */
public final class PdfText {

    private PdfText() {
    }

    /** Width in points of {@code text} set in {@code font} at {@code size}. */
    public static float width(PDFont font, float size, String text) {
        float[] widths = WIDTHS.computeIfAbsent(font, f -> new float[65536]);
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = widths[c];
            if (w == 0f) {
                w = glyphWidth(font, c);
                widths[c] = w;
            }
            units += w;
        }
        return units / 1000f * size;
    }

    /**
     * Per-character widths are cached per font: PDFBox's getStringWidth encodes and re-decodes the
     * whole string through the CMap on every call, which dominated batches of thousands of sheets.
     * (Liberation's kern pairs are not applied by PDFBox either, so summing glyph widths is exact.)
     */
    private static final Map<PDFont, float[]> WIDTHS = Collections.synchronizedMap(new WeakHashMap<>());

    private static float glyphWidth(PDFont font, char c) {
        String one = String.valueOf(c);
        try {
            float w = font.getStringWidth(one);
            return w == 0f ? Float.MIN_VALUE : w;
        } catch (IOException | IllegalArgumentException e) {
            // no glyph (or a lone surrogate): clean() prints '?' in its place
            try {
                return font.getStringWidth("?");
            } catch (IOException e2) {
                throw new UncheckedIOException(e2);
            }
        }
    }

    /**
     * Text the font can show: control characters become spaces and characters without a glyph
     * become '?', so one odd character in a name imported from a spreadsheet cannot abort a batch.
     */
    public static String clean(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || cp == 0x00A0) {
                out.append(' ');
                changed = true;
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
                changed = true;
            }
        }
        return changed ? out.toString() : text;
    }

    private static boolean canShow(PDFont font, int codePoint) {
        if (codePoint < 0x7F && codePoint >= 0x20) {
            return true; // every embedded text face we ship covers ASCII
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Greedy line breaking at spaces; a word wider than the line is split by characters. An
     * explicit line feed starts a new line. Never returns an empty list (blank text gives one "").
     */
    public static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        String source = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : source.split("\n", -1)) {
            wrapParagraph(clean(font, paragraph).trim(), font, size, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, PDFont font, float size, float maxWidth, List<String> out) {
        if (paragraph.isEmpty()) {
            out.add("");
            return;
        }
        float spaceWidth = width(font, size, " ");
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : paragraph.split(" +")) {
            float wordWidth = width(font, size, word);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth <= maxWidth) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                String rest = splitLongWord(word, font, size, maxWidth, out);
                line.append(rest);
                lineWidth = width(font, size, rest);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
    }

    /** Emits full-width chunks of an over-long word and returns the remainder. */
    private static String splitLongWord(String word, PDFont font, float size, float maxWidth, List<String> out) {
        int start = 0;
        while (start < word.length()) {
            int end = start + 1;
            while (end < word.length() && width(font, size, word.substring(start, end + 1)) <= maxWidth) {
                end++;
            }
            if (end >= word.length()) {
                return word.substring(start);
            }
            out.add(word.substring(start, end));
            start = end;
        }
        return "";
    }
}
