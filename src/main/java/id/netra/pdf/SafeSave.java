package id.netra.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a document without ever leaving a half-written file under the target name: write to a
 * temporary file in the same folder, then move it over the target. A PDF still open in a viewer or a
 * crash mid-save then leaves the previous version intact (and PDFBox warns when saving over its source).
 */
public final class SafeSave {

    private SafeSave() {
    }

    /** Saves and returns the size in bytes of the written file. */
    public static long save(PDDocument document, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                document.save(out);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
