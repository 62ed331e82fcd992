package id.netra.staff.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/** CSV in the detected charset and separator; quoted fields may hold separators and line breaks. */
final class CsvSheetReader implements SheetReader {

    @Override
    public List<RawRow> read(DetectedSource source, ReadListener listener) throws ImportProblem {
        String name = source.file().getFileName().toString();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(source.delimiter())
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        List<RawRow> rows = new ArrayList<>();
        StringPool pool = new StringPool();
        long total;
        try {
            total = Files.size(source.file());
        } catch (IOException e) {
            throw new ImportProblem(e, "staff.import.error.cannotRead", name, e.getMessage());
        }
        try (InputStream raw = Files.newInputStream(source.file());
                InputStream in = BOMInputStream.builder().setInputStream(raw).setInclude(false)
                        .setByteOrderMarks(org.apache.commons.io.ByteOrderMark.UTF_8,
                                org.apache.commons.io.ByteOrderMark.UTF_16LE,
                                org.apache.commons.io.ByteOrderMark.UTF_16BE).get();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, source.charset()), 64 * 1024);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                // the row number Excel shows when it opens this CSV (a quoted line break stays in one row)
                int line = (int) record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(pool.share(value));
                }
                rows.add(new RawRow(line, cells, cells.size()));
                if ((rows.size() & 1023) == 0) {
                    listener.checkCancelled();
                    listener.progress(record.getCharacterPosition(), total);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ImportProblem(e, "staff.import.error.brokenCsv", name, e.getMessage());
        } catch (IllegalStateException e) {
            // commons-csv reports an unterminated quote this way
            throw new ImportProblem(e, "staff.import.error.brokenCsv", name, e.getMessage());
        }
        return rows;
    }
}
