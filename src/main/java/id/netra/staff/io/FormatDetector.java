package id.netra.staff.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file really is from its first bytes. Clerks rename files freely ("data.xlsx" that
 * is a CSV, an ".xls" that is an HTML table saved by a web app), so the extension is ignored.
 */
public final class FormatDetector {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final int SAMPLE = 64 * 1024;

    private FormatDetector() {
    }

    public static DetectedSource detect(Path file) throws ImportProblem {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportProblem("staff.import.error.notFound", file.toString());
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new ImportProblem(e, "staff.import.error.cannotRead", name, e.getMessage());
        }
        if (head.length == 0) {
            throw new ImportProblem("staff.import.error.empty", name);
        }
        if (startsWith(head, ZIP)) {
            return zip(file, name);
        }
        if (startsWith(head, OLE2)) {
            return ole2(file, name);
        }
        return text(file, name, head);
    }

    private static DetectedSource zip(Path file, String name) throws ImportProblem {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") != null) {
                return DetectedSource.spreadsheet(file, SourceFormat.XLSX);
            }
            ZipEntry mime = zip.getEntry("mimetype");
            if (mime != null) {
                // OpenDocument (LibreOffice .ods) and friends
                throw new ImportProblem("staff.import.error.openDocument", name);
            }
            throw new ImportProblem("staff.import.error.notSpreadsheet", name);
        } catch (IOException e) {
            throw new ImportProblem(e, "staff.import.error.brokenXlsx", name);
        }
    }

    private static DetectedSource ole2(Path file, String name) throws ImportProblem {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            // an .xlsx with a password is an OLE2 container holding the encrypted package
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new ImportProblem("staff.import.error.password", name);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return DetectedSource.spreadsheet(file, SourceFormat.XLS);
            }
            throw new ImportProblem("staff.import.error.notSpreadsheet", name);
        } catch (IOException | RuntimeException e) {
            throw new ImportProblem(e, "staff.import.error.brokenXls", name);
        }
    }

    private static DetectedSource text(Path file, String name, byte[] head) throws ImportProblem {
        Charset charset;
        boolean bom = false;
        int skip = 0;
        if (startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            charset = StandardCharsets.UTF_8;
            bom = true;
            skip = 3;
        } else if (startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            charset = StandardCharsets.UTF_16LE;
            bom = true;
            skip = 2;
        } else if (startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            charset = StandardCharsets.UTF_16BE;
            bom = true;
            skip = 2;
        } else {
            if (looksBinary(head)) {
                throw new ImportProblem("staff.import.error.binary", name);
            }
            charset = guessCharset(file, name, head);
        }
        String sample = decodeLoosely(Arrays.copyOfRange(head, skip, head.length), charset);
        String lower = sample.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<table")
                || lower.startsWith("<?xml")) {
            // many web SIMPEGs "export to Excel" by sending an HTML table named .xls
            throw new ImportProblem("staff.import.error.html", name);
        }
        if (sample.isBlank()) {
            throw new ImportProblem("staff.import.error.empty", name);
        }
        return new DetectedSource(file, SourceFormat.CSV, charset, guessDelimiter(sample), bom);
    }

    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > head.length / 100;
    }

    /** UTF-8 when every byte sequence is valid UTF-8; else Windows-1252 when every byte is defined there. */
    private static Charset guessCharset(Path file, String name, byte[] head) throws ImportProblem {
        // the sample may cut a multi-byte character in two: check the whole file when it is small enough
        byte[] bytes = head;
        try {
            if (Files.size(file) <= 16L * 1024 * 1024) {
                bytes = Files.readAllBytes(file);
            } else {
                bytes = trimIncompleteUtf8(head);
            }
        } catch (IOException e) {
            throw new ImportProblem(e, "staff.import.error.cannotRead", name, e.getMessage());
        }
        if (decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        for (byte b : bytes) {
            int c = b & 0xFF;
            // the five byte values Windows-1252 leaves undefined: this is some other encoding
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                throw new ImportProblem("staff.import.error.encoding", name);
            }
        }
        return WINDOWS_1252;
    }

    private static byte[] trimIncompleteUtf8(byte[] head) {
        int end = head.length;
        int back = 0;
        while (end > 0 && back < 4 && (head[end - 1] & 0xC0) == 0x80) {
            end--;
            back++;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        return Arrays.copyOf(head, end);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeLoosely(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    /**
     * The separator that splits the first lines most consistently: Indonesian Excel writes ';',
     * SIASN ',', "Unicode text" a tab.
     */
    static char guessDelimiter(String sample) {
        String[] lines = sample.split("\r?\n", 30);
        char best = ',';
        int bestScore = -1;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            int score = 0;
            int firstCount = -1;
            for (int i = 0; i < Math.min(lines.length, 20); i++) {
                int count = countOutsideQuotes(lines[i], d);
                if (count == 0) {
                    continue;
                }
                if (firstCount < 0) {
                    firstCount = count;
                }
                score += count == firstCount ? 2 + count : 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
