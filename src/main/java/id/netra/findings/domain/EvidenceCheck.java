package id.netra.findings.domain;

/** Result of re-reading an evidence file against the hash taken at intake. */
public enum EvidenceCheck {
    INTACT,
    CHANGED,
    MISSING;

    public String messageKey() {
        return "findings.evidenceCheck." + name();
    }
}
