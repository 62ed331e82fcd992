package id.netra.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies PDFs made by tests to target/pdf-samples so a person can look at them (pdftoppm). */
public final class Samples {

    private Samples() {
    }

    public static void keep(Path pdf) throws IOException {
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.copy(pdf, dir.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
