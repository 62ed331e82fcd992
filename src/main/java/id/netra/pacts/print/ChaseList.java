package id.netra.pacts.print;

import java.time.LocalDate;
import java.util.List;

import id.netra.pdf.Letterhead;
import id.netra.pdf.PaperSize;

/** Who has not signed yet, as a document to walk around with (already in sub-unit, heads-first order). */
public record ChaseList(Letterhead letterhead, PaperSize paper, String electionName, LocalDate asOf, List<Row> rows) {

    /** @param status "Belum dicetak" / "Belum kembali" */
    public record Row(String subUnit, String name, String number, String position, boolean head, String status) {
    }

    public ChaseList {
        rows = List.copyOf(rows);
    }
}
