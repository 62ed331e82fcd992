package id.netra.staff.domain;

/**
 * A name with its academic and religious titles. Documents print the full form
 * "Dr. H. Ahmad Fauzi, S.Pd., M.Si."; lists sort by the bare name.
 */
public record PersonName(String titleFront, String name, String titleBack) {

    private static final java.util.Set<String> FRONT_TITLES = java.util.Set.of("PROF.", "DR.", "DRG.", "DRS.", "DRA.",
            "IR.", "H.", "HJ.", "K.H.", "KH.", "NS.", "APT.", "R.", "RA.", "HC.");

    /** Compiled once: an import builds 20,000 names. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public PersonName {
        titleFront = blankToNull(titleFront);
        titleBack = blankToNull(titleBack);
        name = name == null ? "" : squeeze(name);
    }

    public static PersonName of(String name) {
        return new PersonName(null, name, null);
    }

    /**
     * Splits a name written with its titles, as many SIMPEG lists keep it: leading known titles
     * ("Dr.", "H.", "Drs.", "Ir.") are the front titles, everything after the first comma the back ones.
     * "Dr. H. Ahmad Fauzi, S.Pd., M.Si." gives ("Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si.").
     */
    public static PersonName parse(String written) {
        if (written == null) {
            return of("");
        }
        String t = squeeze(written);
        String back = null;
        int comma = t.indexOf(',');
        if (comma > 0) {
            back = t.substring(comma + 1).strip();
            t = t.substring(0, comma).strip();
        }
        StringBuilder front = new StringBuilder();
        String[] words = t.split(" ");
        int i = 0;
        // keep at least one word as the name; "Muh." is a shortened name, not a title: only known ones count
        while (i < words.length - 1 && FRONT_TITLES.contains(words[i].toUpperCase(java.util.Locale.ROOT))) {
            front.append(front.length() == 0 ? "" : " ").append(words[i]);
            i++;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return new PersonName(front.toString(), name, back);
    }

    /** Titles + name, with the comma Indonesian usage puts before the titles that follow. */
    public String full() {
        StringBuilder b = new StringBuilder();
        if (titleFront != null) {
            b.append(titleFront).append(' ');
        }
        b.append(name);
        if (titleBack != null) {
            b.append(titleBack.startsWith(",") ? "" : ", ").append(titleBack);
        }
        return b.toString();
    }

    private static String squeeze(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = squeeze(s);
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    @Override
    public String toString() {
        return full();
    }
}
