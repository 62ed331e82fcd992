package id.netra.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document, embedded as subsets. Loaded once per document: loading a TrueType
 * font per page (or per document in a loop of thousands) is what makes PDFBox batches slow.
 * <p>
 * The faces are the Liberation fonts bundled in {@code openpdf-fonts-extra} (SIL OFL 1.1):
 * Liberation Serif is metric-compatible with Times New Roman and Liberation Sans with Arial, the two
 * faces Indonesian offices type their letters in, so layouts measured here match what clerks know.
 */
public final class PdfFonts {

    /** Which family the document is set in. */
    public enum Family {
        SERIF("LiberationSerif"),
        SANS("LiberationSans");

        private final String filePrefix;

        Family(String filePrefix) {
            this.filePrefix = filePrefix;
        }
    }

    /** The four faces of a family. */
    public enum Face {
        REGULAR("Regular"),
        BOLD("Bold"),
        ITALIC("Italic"),
        BOLD_ITALIC("BoldItalic");

        private final String fileSuffix;

        Face(String fileSuffix) {
            this.fileSuffix = fileSuffix;
        }
    }

    private static final String RESOURCE_DIR = "/liberation/";
    // the raw TTF bytes are cached per JVM: reading 400 kB out of a jar for every document is waste
    private static final Map<Family, Map<Face, byte[]>> BYTES = new EnumMap<>(Family.class);

    private final PDDocument document;
    private final Family family;
    private final Map<Face, PDFont> loaded = new EnumMap<>(Face.class);

    private PdfFonts(PDDocument document, Family family) {
        this.document = document;
        this.family = family;
    }

    /** Fonts for {@code document}; faces are loaded lazily, each once. */
    public static PdfFonts of(PDDocument document, Family family) {
        return new PdfFonts(document, family);
    }

    public static PdfFonts serif(PDDocument document) {
        return of(document, Family.SERIF);
    }

    public Family family() {
        return family;
    }

    public PDFont regular() {
        return face(Face.REGULAR);
    }

    public PDFont bold() {
        return face(Face.BOLD);
    }

    public PDFont italic() {
        return face(Face.ITALIC);
    }

    public PDFont boldItalic() {
        return face(Face.BOLD_ITALIC);
    }

    public PDFont face(Face face) {
        return loaded.computeIfAbsent(face, this::load);
    }

    private PDFont load(Face face) {
        try {
            // embedSubset=true: only the glyphs used end up in the file, a few kB per face
            return PDType0Font.load(document, new ByteArrayInputStream(bytes(family, face)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load font " + family + " " + face, e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag in the table directory. PDFBox 3 runs glyph
     * substitution on every {@code showText} of a font that has one, compiling regular expressions each
     * time: it made a 5,000-sheet batch take 40 s instead of 2. Latin Indonesian text needs no shaping
     * (only optional ligatures are lost), and the embedded subset never contained GSUB anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int numTables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length && ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'x'; // "xSUB": unknown tags are skipped by every reader
            }
        }
        return ttf;
    }

    static synchronized byte[] bytes(Family family, Face face) throws IOException {
        Map<Face, byte[]> faces = BYTES.computeIfAbsent(family, f -> new EnumMap<>(Face.class));
        byte[] data = faces.get(face);
        if (data == null) {
            String name = RESOURCE_DIR + family.filePrefix + "-" + face.fileSuffix + ".ttf";
            try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("font resource missing from the classpath: " + name);
                }
                data = withoutGlyphSubstitution(in.readAllBytes());
            }
            faces.put(face, data);
        }
        return data;
    }
}
