package id.netra.staff.io;

import java.util.List;

/** Reads every row of the first worksheet (or the whole CSV) as text, in order. */
interface SheetReader {

    List<RawRow> read(DetectedSource source, ReadListener listener) throws ImportProblem;

    static SheetReader forFormat(SourceFormat format) {
        return switch (format) {
            case CSV -> new CsvSheetReader();
            case XLSX -> new XlsxStreamingReader();
            case XLS -> new XlsSheetReader();
        };
    }
}
