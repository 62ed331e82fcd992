package id.netra.findings.domain;

/** How the team learnt of the suspected act. */
public enum CaseSource {
    INTERNAL_TEAM,
    PUBLIC_REPORT,
    BAWASLU,
    MEDIA_PATROL,
    OTHER;

    public String messageKey() {
        return "findings.source." + name();
    }
}
