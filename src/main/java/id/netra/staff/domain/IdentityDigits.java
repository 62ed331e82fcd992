package id.netra.staff.domain;

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
}
