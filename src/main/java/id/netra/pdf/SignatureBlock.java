package id.netra.pdf;

import java.time.LocalDate;
import java.util.List;

/**
 * Who signs, as data: "Jombang, 27 November 2024" / role lines / (space for the wet signature) /
 * name, bold and underlined / rank / NIP.
 *
 * @param place      town for the date line, or null to leave the date line out
 * @param date       date of signing; null prints a blank to fill in by hand ("Jombang, ........ 2024")
 * @param roleLines  e.g. "KEPALA DINAS PENDIDIKAN," or "Yang membuat pernyataan,"
 * @param name       printed name with titles
 * @param rank       "Pembina Tingkat I (IV/b)", or null
 * @param idLine     "NIP. 19700101 199503 1 001", or null
 * @param blankYear  year printed in a blank date line (when {@code date} is null)
 */
public record SignatureBlock(String place, LocalDate date, List<String> roleLines, String name, String rank,
                             String idLine, Integer blankYear) {

    public SignatureBlock {
        roleLines = roleLines == null ? List.of() : List.copyOf(roleLines);
        name = name == null ? "" : name;
    }

    public static SignatureBlock of(String place, LocalDate date, String role, String name, String rank, String idLine) {
        return new SignatureBlock(place, date, role == null ? List.of() : List.of(role), name, rank, idLine, null);
    }

    /** The date line as Indonesian letters write it; a missing date leaves dots for the pen. */
    public String dateLine() {
        if (place == null || place.isBlank()) {
            return null;
        }
        if (date != null) {
            return place.trim() + ", " + id.netra.i18n.IndonesianDates.format(date);
        }
        return place.trim() + ", ............................" + (blankYear == null ? "" : " " + blankYear);
    }
}
