package id.netra.staff.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Cleans an identity number as it arrives from a spreadsheet and spots the damage Excel does to long
 * numbers: it shows them as 1.98506E+17 and keeps only 15 significant digits, so an 18-digit NIP
 * typed as a number comes back with its last digits turned into zeros.
 */
final class IdentityDigits {

    private static final Pattern SCIENTIFIC = Pattern.compile("\\d+([.,]\\d+)?[eE][+]?\\d+");
    private static final Pattern NUMERIC_DECIMAL = Pattern.compile("\\d+[.,]0+");

    private IdentityDigits() {
    }

    /**
     * Digits only, or a {@link StaffRuleException}. {@code what} is the bundle key part naming the
     * number ("nip", "nippppk", "nik") so each message says which number is wrong.
     */
    static String clean(String raw, String what, int length) {
        if (raw == null || raw.isBlank()) {
            throw new StaffRuleException("staff.rule." + what + ".empty");
        }
        String t = raw.strip();
        // a leading apostrophe is how Excel users force text; spaces come from the grouped print form
        if (t.startsWith("'")) {
            t = t.substring(1);
        }
        t = t.replace(" ", "").replace("\u00a0", "");
        if (SCIENTIFIC.matcher(t).matches()) {
            throw new StaffRuleException("staff.rule.excelDamaged", raw.strip());
        }
        if (NUMERIC_DECIMAL.matcher(t).matches()) {
            // a number cell read as "198...0.0": the digits are what Excel kept, checked below
            t = t.substring(0, Math.max(t.indexOf('.'), t.indexOf(',')));
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i)) || t.charAt(i) > '9') {
                throw new StaffRuleException("staff.rule." + what + ".notDigits", raw.strip());
            }
        }
        if (t.length() != length) {
            throw new StaffRuleException("staff.rule." + what + ".length", raw.strip(), t.length(), length);
        }
        return t;
    }

    static int digits(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    /*
     * NIP and NI PPPK share their layout: birth date (8 digits), a year or TMT (4 or 6), a sex digit
     * at position 15 and a 3-digit sequence. These read the shared parts, naming the number in errors.
     */

    /** Sequence 000 is never issued, and 18-digit numbers that went through Excel end in zeros. */
    static void rejectExcelZeros(String digits, String raw) {
        if (digits.endsWith("000")) {
            throw new StaffRuleException("staff.rule.excelDamaged", raw.strip());
        }
    }

    /** The birth date in the first eight digits; {@code what} names the number ("nip", "nippppk"). */
    static LocalDate birthDate(String digits, String what) {
        try {
            return LocalDate.of(digits(digits, 0, 4), digits(digits, 4, 6), digits(digits, 6, 8));
        } catch (DateTimeException e) {
            throw new StaffRuleException("staff.rule." + what + ".birthDate", Nip.grouped(digits),
                    digits.substring(0, 8));
        }
    }

    /** The sex digit at position 15: 1 for men, 2 for women, nothing else. */
    static Sex sex(String digits) {
        char sexDigit = digits.charAt(14);
        if (sexDigit != '1' && sexDigit != '2') {
            throw new StaffRuleException("staff.rule.nip.sexDigit", Nip.grouped(digits), String.valueOf(sexDigit));
        }
        return sexDigit == '1' ? Sex.MALE : Sex.FEMALE;
    }
}
