package id.netra.reports.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything dated about one case that the report reads. Lists are the case's whole history; the
 * calculator picks what had happened by the cut.
 */
public record CaseFact(long id, String registerNumber, LocalDate dateKnown, String source, List<String> persons,
                       String subUnit, List<CodeRef> codes, List<StatusStep> steps, List<LocalDate> forwardings,
                       List<LocalDate> recommendations, List<DecisionFact> decisions, List<SummonsFact> summonses) {

    public CaseFact {
        persons = List.copyOf(persons);
        codes = List.copyOf(codes);
        steps = List.copyOf(steps);
        forwardings = List.copyOf(forwardings);
        recommendations = List.copyOf(recommendations);
        decisions = List.copyOf(decisions);
        summonses = List.copyOf(summonses);
    }

    /** A catalogue row cited by the case. */
    public record CodeRef(String code, String category, String description, int sortKey) {
    }

    /** A status change: the case entered {@code status} at {@code at}. */
    public record StatusStep(String status, OffsetDateTime at) {
    }

    /**
     * @param measure  the sanction (MORAL_TERTUTUP ... PTDH) or, for non-ASN, the contract measure
     */
    public record DecisionFact(String outcome, String measure, LocalDate decreeDate, LocalDate deliveredDate,
                               OffsetDateTime decidedAt, OffsetDateTime supersededAt) {
    }

    public record SummonsFact(int sequence, LocalDate issued, LocalDate scheduled, String attendance) {
    }
}
