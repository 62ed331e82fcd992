package id.netra.findings.domain;

/** Offices close on all three; the kind only tells the clerk where a date came from. */
public enum HolidayKind {
    LIBUR_NASIONAL,
    CUTI_BERSAMA,
    LOKAL;

    public String messageKey() {
        return "findings.holidayKind." + name();
    }
}
