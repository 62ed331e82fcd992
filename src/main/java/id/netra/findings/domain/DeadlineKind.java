package id.netra.findings.domain;

/**
 * The clocks a case can run against.
 * <ul>
 * <li>SUMMONS_TWO: the person missed summons I; summons II must go out within 7 working days of
 * the day they should have appeared (PP 94/2021 procedure, as DOMAIN.md "Handling" step 2).</li>
 * <li>DECISION_DELIVERY: the decree must reach the person within 14 days of being set. We count
 * working days: the discipline regulation speaks of "hari kerja" for its procedural deadlines and
 * the issue asks for deadlines in working days; counting calendar days would be the stricter reading,
 * so the clerk sees the due date and can act earlier.</li>
 * <li>FOLLOW_UP: any date the clerk sets on a case.</li>
 * </ul>
 */
public enum DeadlineKind {
    SUMMONS_TWO(7),
    DECISION_DELIVERY(14),
    FOLLOW_UP(0);

    private final int workingDays;

    DeadlineKind(int workingDays) {
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    public String messageKey() {
        return "findings.deadline." + name();
    }
}
