package id.netra.staff.domain;

import java.util.Locale;
import java.util.Optional;

/** Sex as Indonesian staff records write it: L (laki-laki) or P (perempuan). */
public enum Sex {
    MALE("L"), FEMALE("P");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** "L" or "P", the value kept in the store. */
    public String code() {
        return code;
    }

    public static Sex ofCode(String code) {
        return "P".equals(code) ? FEMALE : MALE;
    }

    /**
     * Reads the spellings exports use: L/P, Laki-laki/Perempuan, Pria/Wanita, M/F, 1/2.
     * Empty means unknown; anything else is not guessed.
     */
    public static Optional<Sex> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "").replace("-", "");
        switch (t) {
            case "L": case "LK": case "LAKILAKI": case "LAKI": case "PRIA": case "M": case "MALE": case "1":
                return Optional.of(MALE);
            case "P": case "PR": case "PEREMPUAN": case "WANITA": case "W": case "F": case "FEMALE": case "2":
                return Optional.of(FEMALE);
            default:
                throw new StaffRuleException("staff.rule.sex.unknown", text.trim());
        }
    }
}
