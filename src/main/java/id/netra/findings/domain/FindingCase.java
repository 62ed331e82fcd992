package id.netra.findings.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A suspected violation as registered: the case header plus the people, codes and links. */
public record FindingCase(
        long id,
        String registerNumber,
        LocalDate dateKnown,
        LocalDate actDate,
        String actPlace,
        CaseSource source,
        String sourceDetail,
        Reporter reporter,
        String chronology,
        CaseStatus status,
        OffsetDateTime statusSince,
        Long periodId,
        LocalDate followUpDate,
        String followUpNote,
        OffsetDateTime createdAt,
        List<CasePerson> people,
        List<CatalogueEntry> codes,
        List<String> links) {

    public FindingCase {
        people = List.copyOf(people);
        codes = List.copyOf(codes);
        links = List.copyOf(links);
    }

    public boolean anyAsn() {
        return people.stream().anyMatch(CasePerson::asn);
    }

    public boolean anyNonAsn() {
        return people.stream().anyMatch(p -> !p.asn());
    }
}
