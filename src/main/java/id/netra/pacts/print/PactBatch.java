package id.netra.pacts.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import id.netra.pacts.domain.PactTemplate;
import id.netra.pdf.Letterhead;
import id.netra.pdf.PaperSize;

/**
 * Everything needed to print one PDF of pact sheets, in the order given (the caller sorts: sub-unit,
 * then name).
 *
 * @param place        town printed before the date ("Jombang, ...")
 * @param signingDate  date printed on the sheets, or null for a blank to fill in by hand
 */
public record PactBatch(Letterhead letterhead, PaperSize paper, PactTemplate template, String electionName,
                        int electionYear, String opdName, String place, LocalDate signingDate, List<PactSheet> sheets) {

    public PactBatch {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(template, "template");
        sheets = List.copyOf(sheets);
    }

    public PactBatch withSheets(List<PactSheet> subset) {
        return new PactBatch(letterhead, paper, template, electionName, electionYear, opdName, place, signingDate, subset);
    }
}
