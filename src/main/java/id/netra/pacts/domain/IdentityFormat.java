package id.netra.pacts.domain;

/**
 * How identity numbers are printed on signed documents. A NIP is always read and checked in its
 * groups (birth date, TMT CPNS, sex, sequence), so it is printed grouped.
 */
public final class IdentityFormat {

    private IdentityFormat() {
    }

    /** "198506122010011003" -> "19850612 201001 1 003"; anything that is not 18 digits is returned trimmed. */
    public static String groupNip(String nip) {
        String digits = digitsOnly(nip);
        if (digits.length() != 18) {
            return nip == null ? "" : nip.trim();
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 14) + " " + digits.substring(14, 15) + " "
                + digits.substring(15);
    }

    /** NI PPPK: birth date (8), appointment year (4), two-digit field, sex (1), sequence (3). */
    public static String groupNiPppk(String ni) {
        String digits = digitsOnly(ni);
        if (digits.length() != 18) {
            return ni == null ? "" : ni.trim();
        }
        return digits.substring(0, 8) + " " + digits.substring(8, 12) + " " + digits.substring(12, 14) + " "
                + digits.substring(14, 15) + " " + digits.substring(15);
    }

    /** The label and printed value of a person's number: NIP, NI PPPK, or "-" for non-ASN. */
    public static String numberLabel(EmploymentKind kind) {
        return kind == EmploymentKind.PPPK ? "NI PPPK" : "NIP";
    }

    public static String numberValue(EmploymentKind kind, String number) {
        return switch (kind) {
            case PNS -> number == null || number.isBlank() ? "-" : groupNip(number);
            case PPPK -> number == null || number.isBlank() ? "-" : groupNiPppk(number);
            case NON_ASN -> "-";
        };
    }

    /** The line under a printed name: "NIP. 19850612 201001 1 003", "NI PPPK. ...", or null for non-ASN. */
    public static String signatureIdLine(EmploymentKind kind, String number) {
        if (kind == EmploymentKind.NON_ASN || number == null || number.isBlank()) {
            return null;
        }
        return numberLabel(kind) + ". " + numberValue(kind, number);
    }

    /** "Dr. H. Agus Salim, M.Pd.": titles before and after, the comma only before back titles. */
    public static String fullName(String titleFront, String name, String titleBack) {
        StringBuilder b = new StringBuilder();
        if (titleFront != null && !titleFront.isBlank()) {
            b.append(titleFront.trim()).append(' ');
        }
        b.append(name == null ? "" : name.trim());
        if (titleBack != null && !titleBack.isBlank()) {
            b.append(", ").append(titleBack.trim());
        }
        return b.toString();
    }

    private static String digitsOnly(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }
}
