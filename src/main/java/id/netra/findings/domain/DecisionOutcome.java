package id.netra.findings.domain;

public enum DecisionOutcome {
    /** A sanction (or, for non-ASN, a contract measure) was imposed. */
    PROVEN,
    /** "Tidak terbukti": the suspicion is lifted. */
    NOT_PROVEN;

    public String messageKey() {
        return "findings.outcome." + name();
    }
}
