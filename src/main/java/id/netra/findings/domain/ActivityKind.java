package id.netra.findings.domain;

/**
 * Prevention work the monthly report lists. APEL_IKRAR rows may also come from the pacts capability
 * (source PACTS): one list, whoever recorded it.
 */
public enum ActivityKind {
    SOSIALISASI,
    APEL_IKRAR,
    PATROLI,
    PATROLI_MEDSOS,
    LAINNYA;

    public String messageKey() {
        return "findings.activityKind." + name();
    }
}
