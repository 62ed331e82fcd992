package id.netra.findings.domain;

/** Some regions split the team into a standing one and an ad hoc one. */
public enum TeamKind {
    TETAP,
    TIDAK_TETAP;

    public String messageKey() {
        return "findings.teamKind." + name();
    }
}
