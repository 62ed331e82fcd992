package id.netra.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The kop surat as data: who the document comes from. Built by whoever owns the OPD profile;
 * drawn by {@link LetterheadRenderer}.
 *
 * @param emblem          the regency/city emblem (PNG or JPEG bytes), or null for none
 * @param governmentName  "PEMERINTAH KABUPATEN JOMBANG"
 * @param opdName         "DINAS PENDIDIKAN DAN KEBUDAYAAN"
 * @param addressLines    street, town and post code, one or two lines
 * @param contactLine     telephone, e-mail and website in one line, or null
 */
public record Letterhead(byte[] emblem, String governmentName, String opdName, List<String> addressLines,
                         String contactLine) {

    public Letterhead {
        Objects.requireNonNull(governmentName, "governmentName");
        Objects.requireNonNull(opdName, "opdName");
        addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
        emblem = emblem == null || emblem.length == 0 ? null : emblem.clone();
    }

    /** "Telepon (0321) 861234, Pos-el dinas@jombangkab.go.id, Laman dinas.jombangkab.go.id" from the parts present. */
    public static String contactLine(String phone, String email, String website) {
        StringBuilder b = new StringBuilder();
        append(b, "Telepon", phone);
        append(b, "Pos-el", email);
        append(b, "Laman", website);
        return b.length() == 0 ? null : b.toString();
    }

    private static void append(StringBuilder b, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append(label).append(' ').append(value.trim());
    }

    public boolean hasEmblem() {
        return emblem != null;
    }

    @Override
    public byte[] emblem() {
        return emblem == null ? null : emblem.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Letterhead l && Arrays.equals(emblem, l.emblem) && governmentName.equals(l.governmentName)
                && opdName.equals(l.opdName) && addressLines.equals(l.addressLines)
                && Objects.equals(contactLine, l.contactLine);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(emblem), governmentName, opdName, addressLines, contactLine);
    }

    @Override
    public String toString() {
        return "Letterhead[" + governmentName + " / " + opdName + "]";
    }
}
