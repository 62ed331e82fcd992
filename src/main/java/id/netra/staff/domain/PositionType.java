package id.netra.staff.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Jenis jabatan under the 2023 ASN law: manajerial, or non-manajerial split into fungsional and
 * pelaksana. Older data says Struktural / JFT / JFU; those map to the new names.
 */
public enum PositionType {
    MANAJERIAL, FUNGSIONAL, PELAKSANA;

    public static Optional<PositionType> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace("JABATAN ", "").replace(".", "");
        if (t.startsWith("MANAJ") || t.startsWith("STRUKTURAL") || t.equals("JPT") || t.contains("PIMPINAN TINGGI")
                || t.startsWith("ADMINISTRATOR") || t.startsWith("PENGAWAS")) {
            return Optional.of(MANAJERIAL);
        }
        if (t.equals("JFU") || t.contains("FUNGSIONAL UMUM") || t.startsWith("PELAKSANA")) {
            return Optional.of(PELAKSANA);
        }
        if (t.equals("JFT") || t.equals("JF") || t.startsWith("FUNGSIONAL") || t.contains("FUNGSIONAL TERTENTU")) {
            return Optional.of(FUNGSIONAL);
        }
        throw new StaffRuleException("staff.rule.positionType.unknown", text.strip());
    }
}
