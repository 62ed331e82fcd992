package id.netra.staff.domain;

/**
 * A name with its academic and religious titles. Documents print the full form
 * "Dr. H. Ahmad Fauzi, S.Pd., M.Si."; lists sort by the bare name.
 */
public record PersonName(String titleFront, String name, String titleBack) {

    public PersonName {
        titleFront = blankToNull(titleFront);
        titleBack = blankToNull(titleBack);
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    public static PersonName of(String name) {
        return new PersonName(null, name, null);
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

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    @Override
    public String toString() {
        return full();
    }
}
