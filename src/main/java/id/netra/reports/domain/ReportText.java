package id.netra.reports.domain;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Wording of the report documents (PDF, workbook). Always Indonesian whatever language the screens
 * use: official documents are written in Bahasa Indonesia (UU 24/2009, Pasal 27). The words still live
 * in the message bundle (keys {@code reports.doc.*}) so they are edited in one place.
 */
public final class ReportText {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("id.netra.i18n.messages", INDONESIAN,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private ReportText() {
    }

    public static String get(String key, Object... args) {
        String pattern = BUNDLE.getString("reports.doc." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, INDONESIAN).format(args);
    }

    /** "85,7%": Indonesian decimal comma. */
    public static String percent(BigDecimal value) {
        return value.toPlainString().replace('.', ',') + "%";
    }

    public static String status(String code) {
        return get("status." + code);
    }

    public static String category(String code) {
        return code == null || code.isEmpty() ? "-" : get("category." + code);
    }

    /** "DISCIPLINE, ETHICS" (a case's categories as stored) in words, or "-". */
    public static String categories(String codes) {
        if (codes == null || codes.isBlank()) {
            return "-";
        }
        return String.join(", ", java.util.Arrays.stream(codes.split(",")).map(String::strip)
                .map(ReportText::category).toList());
    }

    public static String sanction(String code) {
        return get("sanction." + code);
    }

    public static String activityKind(String code) {
        return get("activity." + code);
    }

    public static String source(String code) {
        return get("source." + code);
    }

    public static String overdue(String code) {
        return get("overdue." + code);
    }

    public static String wording(String code, String codes) {
        return get("wording." + code, codes);
    }

    /** "PEMERINTAH KABUPATEN SUKAMAJU" -> "Kabupaten Sukamaju", for "Sekretaris Daerah Kabupaten Sukamaju". */
    public static String regionOf(String governmentName) {
        String g = governmentName == null ? "" : governmentName.strip();
        if (g.toUpperCase(Locale.ROOT).startsWith("PEMERINTAH ")) {
            g = g.substring("PEMERINTAH ".length()).strip();
        }
        StringBuilder b = new StringBuilder();
        for (String w : g.toLowerCase(INDONESIAN).split(" +")) {
            if (w.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }
}
