package id.netra.pacts.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders a clerk can write in pact and pledge texts. Names are Indonesian because the clerk
 * types them. Unknown placeholders are left visible so a typo shows on the preview instead of vanishing.
 */
public final class Placeholders {

    /** The person's full name with titles. */
    public static final String NAME = "nama";
    /** The person's printed number (grouped NIP / NI PPPK / "-"). */
    public static final String NUMBER = "nip";
    public static final String POSITION = "jabatan";
    public static final String UNIT = "unit";
    /** The election's name, e.g. "Pemilihan Kepala Daerah Serentak Tahun 2024". */
    public static final String ELECTION = "pemilihan";
    public static final String YEAR = "tahun";
    public static final String OPD = "instansi";

    public static final List<String> ALL = List.of(NAME, NUMBER, POSITION, UNIT, ELECTION, YEAR, OPD);
    /** Placeholders whose value is the same on every sheet of a period. */
    public static final List<String> PERIOD_WIDE = List.of(ELECTION, YEAR, OPD);

    private static final Pattern TOKEN = Pattern.compile("\\{([a-zA-Z_]+)}");

    private Placeholders() {
    }

    public static String apply(String text, Map<String, String> values) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static Map<String, String> period(String electionName, int year, String opdName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ELECTION, electionName);
        values.put(YEAR, String.valueOf(year));
        values.put(OPD, opdName);
        return values;
    }
}
