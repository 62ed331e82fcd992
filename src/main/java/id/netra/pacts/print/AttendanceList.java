package id.netra.pacts.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import id.netra.pdf.Letterhead;
import id.netra.pdf.PaperSize;
import id.netra.pdf.SignatureBlock;

/**
 * A daftar hadir for wet signatures at an ikrar (collective pledge) assembly.
 *
 * @param eventTitle  e.g. "Apel Ikrar Netralitas ASN dalam Pemilihan Kepala Daerah Serentak Tahun 2024"
 * @param place       where the assembly is held
 * @param ledBy       who leads the pledge, or null
 * @param head        the OPD head's signature block printed after the list
 */
public record AttendanceList(Letterhead letterhead, PaperSize paper, String eventTitle, LocalDate date, String place,
                             String ledBy, List<Row> rows, SignatureBlock head) {

    /** One line of the list: the number is the printed NIP / NI PPPK (grouped) or "-". */
    public record Row(String name, String number, String position) {
    }

    public AttendanceList {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(paper, "paper");
        rows = List.copyOf(rows);
    }
}
