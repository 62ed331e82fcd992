package id.netra.findings.domain;

/** Who recommends a sanction. KASN until its dissolution in 2024, BKN after: data, not a constant. */
public enum RecommendingBody {
    BAWASLU,
    BKN,
    KASN;

    public String messageKey() {
        return "findings.body." + name();
    }
}
