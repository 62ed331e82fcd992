package id.netra.findings.domain;

/**
 * The sanctions the catalogue can name: moral sanctions of PP 42/2004 for ethics rows, discipline
 * levels of PP 94/2021 for discipline rows, PTDH for party membership. {@code CASE_BY_CASE} exists
 * because D13 ("anything else") has no fixed default.
 */
public enum SanctionLevel {
    MORAL_TERTUTUP(1),
    MORAL_TERBUKA(2),
    DISIPLIN_SEDANG(3),
    DISIPLIN_BERAT(4),
    PTDH(5),
    CASE_BY_CASE(0);

    private final int severity;

    SanctionLevel(int severity) {
        this.severity = severity;
    }

    /** Higher is heavier; several acts get one, the heaviest, penalty (PP 94/2021). */
    public int severity() {
        return severity;
    }

    public String messageKey() {
        return "findings.sanction." + name();
    }
}
