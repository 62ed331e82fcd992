package id.netra.findings.domain;

/** SKB 2022 splits its matrix in two: code-of-ethics rows (E, about a would-be candidate) and discipline rows (D). */
public enum ViolationCategory {
    ETIK,
    DISIPLIN;

    public String messageKey() {
        return "findings.category." + name();
    }
}
