package id.netra.staff.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as exports write them: ISO (2024-11-27, also with a time), day first with - / or . (Indonesian
 * order, never the American month-first), and "27 November 1985" / "27 Nov 1985" in Indonesian or
 * English month names.
 */
final class LooseDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([ T].*)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})( .*)?");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})[ -]+([A-Za-z]+)[ -]+(\\d{4})");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MEI", "JUN", "JUL", "AGU",
            "SEP", "OKT", "NOV", "DES");
    private static final List<String> MONTHS_EN = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
            "SEP", "OCT", "NOV", "DEC");

    private LooseDates() {
    }

    /** Empty for blank text; throws {@link DateTimeException} for text that is no date. */
    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return Optional.of(LocalDate.of(i(m.group(1)), i(m.group(2)), i(m.group(3))));
        }
        m = DAY_FIRST.matcher(t);
        if (m.matches()) {
            return Optional.of(LocalDate.of(i(m.group(3)), i(m.group(2)), i(m.group(1))));
        }
        m = WORDS.matcher(t);
        if (m.matches()) {
            String mon = m.group(2).toUpperCase(Locale.ROOT);
            String prefix = mon.substring(0, Math.min(3, mon.length()));
            int month = MONTHS.indexOf(prefix) >= 0 ? MONTHS.indexOf(prefix) : MONTHS_EN.indexOf(prefix);
            if (month >= 0) {
                return Optional.of(LocalDate.of(i(m.group(3)), month + 1, i(m.group(1))));
            }
        }
        throw new DateTimeException(t);
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }
}
