package id.netra.staff.io;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Test helpers: locate fixture files and run read + validate as the wizard does. */
final class ImportFiles {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private ImportFiles() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportFiles.class.getResource("/staff/import/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture " + name, e);
        }
    }

    static List<ParsedRow> parse(Path file) throws ImportProblem {
        SourceTable table = StaffFileReader.read(file);
        return StaffImportReader.validate(table, ColumnMapping.auto(table.header()), TODAY, ReadListener.NONE);
    }

    static List<ParsedRow> parse(String fixture) throws ImportProblem {
        return parse(fixture(fixture));
    }

    static ImportProblem problem(String fixture) {
        try {
            parse(fixture);
        } catch (ImportProblem e) {
            return e;
        }
        throw new AssertionError("expected " + fixture + " to be refused");
    }

    /** A copy of the zip {@code source} with {@code entry} holding {@code text} instead. */
    static void replaceEntry(Path source, String entry, String text, Path target) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(source));
             var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(target))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                        : in.readAllBytes());
                out.closeEntry();
            }
        }
    }
}
