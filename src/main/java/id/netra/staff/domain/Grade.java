package id.netra.staff.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Golongan: for PNS one of the 17 ruang from I/a to IV/e, each with its pangkat name; for PPPK a
 * golongan I..XVII without a pangkat name. Exports write the PNS form as "III/a", "IIIa", "III/A",
 * "III-a", sometimes inside the pangkat text ("Penata Muda, III/a"); all read the same.
 */
public record Grade(StaffKind scheme, String code) {

    private static final List<String> PNS_CODES = List.of(
            "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");
    private static final List<String> PNS_NAMES = List.of(
            "Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I",
            "Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I",
            "Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I",
            "Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII");

    // roman part, optional separator, one letter not followed by another letter
    private static final Pattern PNS_FORM = Pattern.compile("(?<![A-Z])(IV|III|II|I)\\s*[/\\-.]?\\s*([A-E])(?![A-Z])");
    private static final Pattern GOL_PREFIX = Pattern.compile("^GOL(ONGAN)?\\.?\\s*");
    private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern PPPK_FORM = Pattern.compile("(?<![A-Z])([XVI]+)(?![A-Z/\\-])");

    public Grade {
        if (scheme == StaffKind.PNS && !PNS_CODES.contains(code)
                || scheme == StaffKind.PPPK && !ROMAN.contains(code)
                || scheme == StaffKind.NON_ASN) {
            throw new StaffRuleException("staff.rule.grade.unknown", code);
        }
    }

    public static List<Grade> allPns() {
        return PNS_CODES.stream().map(c -> new Grade(StaffKind.PNS, c)).toList();
    }

    public static List<Grade> allPppk() {
        return ROMAN.stream().map(c -> new Grade(StaffKind.PPPK, c)).toList();
    }

    /**
     * Reads a golongan for staff of {@code kind}: a PPPK's "IX" is a golongan, a PNS's "III/a" a
     * ruang. Empty text gives empty; unreadable text throws.
     */
    public static Optional<Grade> parse(String text, StaffKind kind) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (kind == StaffKind.NON_ASN) {
            throw new StaffRuleException("staff.rule.grade.nonAsn", text.strip());
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (kind == StaffKind.PPPK) {
            String arabic = GOL_PREFIX.matcher(t).replaceFirst("");
            if (ONE_OR_TWO_DIGITS.matcher(arabic).matches() && Integer.parseInt(arabic) >= 1 && Integer.parseInt(arabic) <= 17) {
                return Optional.of(new Grade(StaffKind.PPPK, ROMAN.get(Integer.parseInt(arabic) - 1)));
            }
            Matcher m = PPPK_FORM.matcher(arabic);
            while (m.find()) {
                if (ROMAN.contains(m.group(1))) {
                    return Optional.of(new Grade(StaffKind.PPPK, m.group(1)));
                }
            }
            throw new StaffRuleException("staff.rule.grade.unknown", text.strip());
        }
        Matcher m = PNS_FORM.matcher(t);
        while (m.find()) {
            String code = m.group(1) + "/" + m.group(2).toLowerCase(Locale.ROOT);
            if (PNS_CODES.contains(code)) {
                return Optional.of(new Grade(StaffKind.PNS, code));
            }
        }
        // only the pangkat name was given ("Penata Muda Tingkat I")
        for (int i = PNS_NAMES.size() - 1; i >= 0; i--) {
            if (t.equals(PNS_NAMES.get(i).toUpperCase(Locale.ROOT))) {
                return Optional.of(new Grade(StaffKind.PNS, PNS_CODES.get(i)));
            }
        }
        throw new StaffRuleException("staff.rule.grade.unknown", text.strip());
    }

    /** Pangkat name for a PNS ("Penata Muda"); empty for PPPK, who have none. */
    public Optional<String> pangkat() {
        return scheme == StaffKind.PNS ? Optional.of(PNS_NAMES.get(PNS_CODES.indexOf(code))) : Optional.empty();
    }

    /** "Penata Muda, III/a" for PNS, "IX" for PPPK: the Pangkat/Gol. ruang line of forms. */
    public String label() {
        return pangkat().map(p -> p + ", " + code).orElse(code);
    }

    /** Orders grades low to high within a scheme. */
    public int rank() {
        return scheme == StaffKind.PNS ? PNS_CODES.indexOf(code) : ROMAN.indexOf(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
