package id.netra.findings.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The register number a case gets, from an editable pattern. Tokens: {@code {NO}} or {@code {NO:3}}
 * (sequence within the year, zero-padded to the width), {@code {TAHUN}} (year), {@code {BULAN}}
 * (Roman month, as Indonesian letter numbers write it). Default {@code {NO:3}/TEMUAN/{TAHUN}} gives
 * {@code 012/TEMUAN/2024}. The sequence restarts every year.
 */
public final class RegisterNumberFormat {

    public static final String DEFAULT_PATTERN = "{NO:3}/TEMUAN/{TAHUN}";

    private static final Pattern TOKEN = Pattern.compile("\\{(NO(?::([1-9]))?|TAHUN|BULAN)}");
    private static final Pattern ANY_BRACE = Pattern.compile("\\{[^}]*}");
    private static final List<String> ROMAN = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII");

    private final String pattern;

    private RegisterNumberFormat(String pattern) {
        this.pattern = pattern;
    }

    /** Problems with a pattern the clerk typed; empty when usable. */
    public static List<Problem> validate(String pattern) {
        if (pattern == null || pattern.isBlank() || pattern.length() > 80) {
            return List.of(Problem.of("findings.registerFormat.error.blank"));
        }
        if (!TOKEN.matcher(pattern).find() || !pattern.contains("{NO")) {
            return List.of(Problem.of("findings.registerFormat.error.noSequence"));
        }
        Matcher m = ANY_BRACE.matcher(pattern);
        while (m.find()) {
            if (!TOKEN.matcher(m.group()).matches()) {
                return List.of(Problem.of("findings.registerFormat.error.unknownToken", m.group()));
            }
        }
        return List.of();
    }

    public static RegisterNumberFormat of(String pattern) {
        if (!validate(pattern).isEmpty()) {
            throw new IllegalArgumentException("bad register pattern: " + pattern);
        }
        return new RegisterNumberFormat(pattern);
    }

    public String pattern() {
        return pattern;
    }

    public String format(int sequence, int year, int month) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String replacement;
            if (token.startsWith("NO")) {
                int width = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
                replacement = String.format("%0" + width + "d", sequence);
            } else if (token.equals("TAHUN")) {
                replacement = Integer.toString(year);
            } else {
                replacement = ROMAN.get(month - 1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
