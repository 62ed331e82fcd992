package id.netra.staff.domain;

import java.util.Locale;

/** PNS (incl. CPNS) and PPPK are ASN; non-ASN (PPNPN, honorer) are bound by regional circulars. */
public enum StaffKind {
    PNS, PPPK, NON_ASN;

    /**
     * Reads export labels: "PNS", "CPNS", "PNS Daerah", "PNS Pusat DPK", "PPPK", "P3K",
     * "Honorer", "PPNPN", "Non ASN", "Tenaga Kontrak".
     */
    public static StaffKind parse(String text) {
        if (text == null || text.isBlank()) {
            throw new StaffRuleException("staff.rule.kind.unknown", "");
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("-", " ").replace("_", " ");
        if (t.startsWith("PPPK") || t.startsWith("P3K") || t.contains("PERJANJIAN KERJA")) {
            return PPPK;
        }
        if (t.startsWith("NON") || t.contains("HONOR") || t.contains("PPNPN") || t.contains("KONTRAK")
                || t.contains("THL") || t.contains("OUTSOURC")) {
            return NON_ASN;
        }
        if (t.startsWith("PNS") || t.startsWith("CPNS") || t.contains("PEGAWAI NEGERI")) {
            return PNS;
        }
        throw new StaffRuleException("staff.rule.kind.unknown", text.trim());
    }
}
