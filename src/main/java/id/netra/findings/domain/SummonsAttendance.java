package id.netra.findings.domain;

/** Whether the person came on the day a summons named; ABSENT on summons I opens the summons-II deadline. */
public enum SummonsAttendance {
    PENDING,
    PRESENT,
    ABSENT;

    public String messageKey() {
        return "findings.attendance." + name();
    }
}
