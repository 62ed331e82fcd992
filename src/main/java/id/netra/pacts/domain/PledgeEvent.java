package id.netra.pacts.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An ikrar assembly: when, where, who led it, and the text read aloud.
 *
 * @param id 0 for an event not yet stored
 */
public record PledgeEvent(long id, long periodId, LocalDate heldOn, String place, String ledBy, String text) {

    /** The standard four points (DOMAIN.md); {pemilihan} is replaced by the period's name. */
    public static final List<String> STANDARD_POINTS = List.of(
            "Menjaga dan menegakkan prinsip netralitas dalam pelaksanaan fungsi pelayanan publik, baik sebelum, "
                    + "selama, maupun sesudah {pemilihan};",
            "Menghindari konflik kepentingan, tidak melakukan praktik intimidasi dan ancaman kepada pegawai dan "
                    + "masyarakat, serta tidak memihak kepada pasangan calon mana pun;",
            "Menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita bohong (hoaks);",
            "Menolak politik uang dan segala jenis pemberian dalam bentuk apa pun.");

    public static String standardText() {
        StringBuilder b = new StringBuilder("Kami Aparatur Sipil Negara dan pegawai non-ASN berikrar:");
        int n = 1;
        for (String p : STANDARD_POINTS) {
            b.append('\n').append(n++).append(". ").append(p);
        }
        return b.toString();
    }
}
