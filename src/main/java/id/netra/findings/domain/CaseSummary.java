package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.List;

/** One line of the case list, with the facts its deadlines are computed from. */
public record CaseSummary(long id, String registerNumber, LocalDate dateKnown, CaseStatus status,
        List<String> people, List<String> codes, List<String> subUnits, DeadlineFacts deadlineFacts) {

    public CaseSummary {
        people = List.copyOf(people);
        codes = List.copyOf(codes);
        subUnits = List.copyOf(subUnits);
    }
}
