package id.netra.staff.domain;

/**
 * A bidang, UPT or school of the OPD with its head (a person on the roster, or none yet).
 * {@code kind} is one of SEKRETARIAT, BIDANG, UPT, SEKOLAH, LAINNYA.
 */
public record StaffSubUnit(long id, String name, String kind, int sortOrder, Long headStaffId, boolean active) {

    public static final java.util.List<String> KINDS = java.util.List.of("SEKRETARIAT", "BIDANG", "UPT", "SEKOLAH",
            "LAINNYA");

    /** A guess from the name, for units an import creates: "SD Negeri 1" is a school. */
    public static String kindFromName(String name) {
        String n = name.toUpperCase(java.util.Locale.ROOT);
        if (n.startsWith("SEKRETARIAT")) {
            return "SEKRETARIAT";
        }
        if (n.startsWith("UPT") || n.startsWith("UPTD")) {
            return "UPT";
        }
        if (n.startsWith("SD") || n.startsWith("SMP") || n.startsWith("SMA") || n.startsWith("SMK")
                || n.startsWith("TK") || n.contains("SEKOLAH")) {
            return "SEKOLAH";
        }
        if (n.startsWith("BIDANG") || n.startsWith("BAGIAN")) {
            return "BIDANG";
        }
        return "LAINNYA";
    }
}
