package id.netra.pacts.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pangkat names of the PNS golongan ruang, for the "Pangkat/Gol. ruang" line of a pact
 * ("Penata Muda (III/a)"). Imports write the grade in many ways ("III/a", "IIIa", "III/A", "III-a").
 */
public final class RankNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("I/a", "Juru Muda"), Map.entry("I/b", "Juru Muda Tingkat I"), Map.entry("I/c", "Juru"),
            Map.entry("I/d", "Juru Tingkat I"), Map.entry("II/a", "Pengatur Muda"),
            Map.entry("II/b", "Pengatur Muda Tingkat I"), Map.entry("II/c", "Pengatur"),
            Map.entry("II/d", "Pengatur Tingkat I"), Map.entry("III/a", "Penata Muda"),
            Map.entry("III/b", "Penata Muda Tingkat I"), Map.entry("III/c", "Penata"),
            Map.entry("III/d", "Penata Tingkat I"), Map.entry("IV/a", "Pembina"), Map.entry("IV/b", "Pembina Tingkat I"),
            Map.entry("IV/c", "Pembina Utama Muda"), Map.entry("IV/d", "Pembina Utama Madya"),
            Map.entry("IV/e", "Pembina Utama"));

    private static final Pattern GRADE = Pattern.compile("^\\s*(IV|III|II|I)\\s*[/\\-. ]?\\s*([a-eA-E])\\s*$");

    private RankNames() {
    }

    /** "III/a" from any of the usual spellings, or null when it is not a PNS grade. */
    public static String normalise(String grade) {
        if (grade == null) {
            return null;
        }
        Matcher m = GRADE.matcher(grade.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        String g = m.group(1) + "/" + m.group(2).toLowerCase(Locale.ROOT);
        return NAMES.containsKey(g) ? g : null;
    }

    /** "Penata Muda (III/a)" for a PNS grade; the grade as given otherwise (PPPK "IX"), or null. */
    public static String rankLine(EmploymentKind kind, String grade) {
        if (grade == null || grade.isBlank() || kind == EmploymentKind.NON_ASN) {
            return null;
        }
        if (kind == EmploymentKind.PNS) {
            String g = normalise(grade);
            return g == null ? grade.strip() : NAMES.get(g) + " (" + g + ")";
        }
        return grade.strip();
    }
}
