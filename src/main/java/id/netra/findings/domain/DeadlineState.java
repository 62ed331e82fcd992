package id.netra.findings.domain;

public enum DeadlineState {
    OVERDUE,
    DUE_SOON,
    ON_TRACK;

    public String messageKey() {
        return "findings.deadlineState." + name();
    }
}
