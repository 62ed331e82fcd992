package id.netra.pacts.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editable text of a pakta integritas for one period. Texts may hold placeholders resolved per
 * sheet (see {@link Placeholders}). The default follows the standard four commitments and sanction
 * clause regions circulate (DOMAIN.md); the exact layout is not prescribed anywhere, hence editable.
 *
 * @param identityIntro     the line before the identity block ("Saya yang bertanda tangan di bawah ini:")
 * @param opening           the sentence after the identity block that introduces the commitments
 * @param superiorBlock     print an acknowledging superior ("Mengetahui, Atasan Langsung") at the left
 * @param materaiBox        print a box for the duty stamp (meterai) in the signature space
 */
public record PactTemplate(String title, String subtitle, String identityIntro, String opening,
                           List<String> commitments, String sanctionClause, String closing,
                           boolean superiorBlock, boolean materaiBox) {

    public PactTemplate {
        title = Objects.requireNonNullElse(title, "").strip();
        subtitle = Objects.requireNonNullElse(subtitle, "").strip();
        identityIntro = Objects.requireNonNullElse(identityIntro, "").strip();
        opening = Objects.requireNonNullElse(opening, "").strip();
        List<String> cleaned = new ArrayList<>();
        for (String c : commitments == null ? List.<String>of() : commitments) {
            if (c != null && !c.isBlank()) {
                cleaned.add(c.strip());
            }
        }
        commitments = List.copyOf(cleaned);
        sanctionClause = Objects.requireNonNullElse(sanctionClause, "").strip();
        closing = Objects.requireNonNullElse(closing, "").strip();
    }

    public static PactTemplate standard() {
        return new PactTemplate(
                "Pakta Integritas",
                "Netralitas Pegawai dalam {pemilihan}",
                "Saya yang bertanda tangan di bawah ini:",
                "Dalam rangka penyelenggaraan {pemilihan}, dengan ini menyatakan bahwa saya:",
                List.of(
                        "Menjaga dan menegakkan prinsip netralitas dalam melaksanakan fungsi pelayanan publik, "
                                + "baik sebelum, selama, maupun sesudah pelaksanaan {pemilihan};",
                        "Menghindari konflik kepentingan, tidak melakukan praktik intimidasi dan ancaman, serta "
                                + "tidak berpihak kepada pasangan calon, calon, maupun partai politik mana pun;",
                        "Menggunakan media sosial secara bijak, tidak menyebarkan ujaran kebencian dan berita "
                                + "bohong (hoaks) serta konten yang mengarah pada keberpihakan;",
                        "Menolak politik uang dan segala jenis pemberian dalam bentuk apa pun."),
                "Apabila saya melanggar pakta integritas ini, saya bersedia dikenakan sanksi sesuai dengan "
                        + "ketentuan peraturan perundang-undangan.",
                "Demikian pakta integritas ini saya buat dengan sesungguhnya, dalam keadaan sadar dan tanpa "
                        + "paksaan dari pihak mana pun.",
                false, false);
    }

    /** Problems that make the template unprintable, as bundle keys; empty when it can be printed. */
    public List<String> problems() {
        List<String> keys = new ArrayList<>();
        if (title.isEmpty()) {
            keys.add("pacts.template.error.title");
        }
        if (commitments.isEmpty()) {
            keys.add("pacts.template.error.commitments");
        }
        return keys;
    }

    /** Every text with placeholders replaced from {@code values}. */
    public PactTemplate resolve(Map<String, String> values) {
        List<String> resolved = new ArrayList<>();
        for (String c : commitments) {
            resolved.add(Placeholders.apply(c, values));
        }
        return new PactTemplate(Placeholders.apply(title, values), Placeholders.apply(subtitle, values),
                Placeholders.apply(identityIntro, values), Placeholders.apply(opening, values), resolved,
                Placeholders.apply(sanctionClause, values), Placeholders.apply(closing, values),
                superiorBlock, materaiBox);
    }

    public PactTemplate withOptions(boolean showSuperior, boolean showMaterai) {
        return new PactTemplate(title, subtitle, identityIntro, opening, commitments, sanctionClause, closing,
                showSuperior, showMaterai);
    }
}
