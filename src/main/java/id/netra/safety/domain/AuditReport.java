package id.netra.safety.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** The outcome of checking the audit log and the audited tables. */
public record AuditReport(OffsetDateTime checkedAt, long entries, List<AuditProblem> problems) {

    public AuditReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problem to name first: the earliest broken entry, else the first row found altered. */
    public AuditProblem first() {
        return problems.isEmpty() ? null : problems.get(0);
    }
}
