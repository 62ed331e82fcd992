package id.netra.findings.domain;

import java.time.OffsetDateTime;

/**
 * One entry of a case's status history, never updated or deleted: the monthly report rebuilds
 * "status as of month end" from these rows.
 */
public record StatusChange(long id, CaseStatus from, CaseStatus to, OffsetDateTime changedAt, String changedBy,
        String reason) {

    public boolean isBackward() {
        return from != null && StatusTransitions.isBackward(from, to);
    }
}
