package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The dated facts of one case the clocks start from: its summonses, its decision and the
 * follow-up dates still open.
 */
public record DeadlineFacts(CaseStatus status, List<Summons> summonses, Decision decision,
        List<Deadline> followUps) {

    public DeadlineFacts {
        summonses = List.copyOf(summonses);
        followUps = List.copyOf(followUps);
    }

    public static DeadlineFacts followUpOnly(CaseStatus status, LocalDate followUp) {
        return new DeadlineFacts(status, List.of(), null,
                followUp == null ? List.of() : List.of(new Deadline(DeadlineKind.FOLLOW_UP, followUp, "")));
    }
}
