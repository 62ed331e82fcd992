package id.netra.findings.domain;

/** Where a case is reported onwards. */
public enum ForwardTarget {
    BKPSDM,
    INSPEKTORAT,
    BAWASLU;

    public String messageKey() {
        return "findings.forwardTarget." + name();
    }
}
