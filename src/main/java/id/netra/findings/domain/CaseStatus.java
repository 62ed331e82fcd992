package id.netra.findings.domain;

/** The steps a suspected violation goes through, in order (DOMAIN.md "Handling"). */
public enum CaseStatus {
    DICATAT,
    KLARIFIKASI,
    PEMERIKSAAN,
    DITERUSKAN,
    REKOMENDASI,
    DIPUTUS,
    SELESAI;

    /** Until a decision exists the person is only suspected: screens and prints say "diduga". */
    public boolean isDecided() {
        return this == DIPUTUS || this == SELESAI;
    }

    public boolean isOpen() {
        return this != SELESAI;
    }

    public String messageKey() {
        return "findings.status." + name();
    }
}
