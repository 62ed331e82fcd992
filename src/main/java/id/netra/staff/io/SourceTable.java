package id.netra.staff.io;

import java.util.List;

/**
 * A file as read: its detected format, the heading line (after spreading merged cells and joining a
 * second heading line) and the data rows below it, untouched text.
 */
public record SourceTable(DetectedSource source, List<String> header, int headerRowNumber, List<RawRow> dataRows) {

    public SourceTable {
        header = List.copyOf(header);
        dataRows = List.copyOf(dataRows);
    }
}
