package id.netra.staff.io;

import java.nio.file.Path;
import java.util.List;

/** Reads a roster export of any supported kind into a {@link SourceTable}, or says why it cannot. */
public final class StaffFileReader {

    private StaffFileReader() {
    }

    public static SourceTable read(Path file) throws ImportProblem {
        return read(file, ReadListener.NONE);
    }

    public static SourceTable read(Path file, ReadListener listener) throws ImportProblem {
        DetectedSource source = FormatDetector.detect(file);
        String name = file.getFileName().toString();
        List<RawRow> rows = SheetReader.forFormat(source.format()).read(source, listener);
        if (rows.stream().allMatch(RawRow::isBlank)) {
            throw new ImportProblem("staff.import.error.empty", name);
        }
        HeaderDetector.Found found = HeaderDetector.find(rows)
                .orElseThrow(() -> new ImportProblem("staff.import.error.noHeader", name,
                        HeaderDetector.SEARCH_ROWS));
        List<RawRow> data = rows.subList(Math.min(found.firstDataIndex(), rows.size()), rows.size());
        if (data.stream().allMatch(RawRow::isBlank)) {
            throw new ImportProblem("staff.import.error.noData", name);
        }
        return new SourceTable(source, found.header(), rows.get(found.index()).rowNumber(), data);
    }
}
