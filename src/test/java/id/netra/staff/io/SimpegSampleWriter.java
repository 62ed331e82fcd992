package id.netra.staff.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import id.netra.staff.domain.StaffDraft;

/**
 * Writes samples/staff-simpeg.xlsx: the people of samples/staff-siasn.csv, read by the importer and
 * written by the program's own SIMPEG-style exporter. Run by hand when the CSV sample changes;
 * {@link SampleFilesTest} checks both files still describe the same people.
 */
public final class SimpegSampleWriter {

    public static void main(String[] args) throws Exception {
        StaffXlsxExporter.write(people(Path.of("samples/staff-siasn.csv")),
                "DAFTAR PEGAWAI DINAS PENDIDIKAN KABUPATEN SUKAMAJU", Path.of("samples/staff-simpeg.xlsx"));
    }

    static List<StaffDraft> people(Path file) throws ImportProblem {
        SourceTable t = StaffFileReader.read(file);
        return StaffImportReader.validate(t, ColumnMapping.auto(t.header()), LocalDate.of(2026, 11, 26),
                ReadListener.NONE).stream().map(ParsedRow::draft).toList();
    }
}
