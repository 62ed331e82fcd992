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
}
