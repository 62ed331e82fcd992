package id.netra.pacts.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.netra.pacts.domain.EmploymentKind;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.SheetId;
import id.netra.pdf.Letterhead;
import id.netra.pdf.PaperSize;
import id.netra.pdf.TestImages;

/** People and batches for print tests: real-looking, with the awkward cases (long names, non-ASN). */
public final class PactFixtures {

    private PactFixtures() {
    }

    public static Letterhead letterhead() {
        return new Letterhead(TestImages.emblemPng(), "Pemerintah Kabupaten Jombang", "Dinas Pendidikan dan Kebudayaan",
                List.of("Jalan Pattimura Nomor 5, Jombang, Jawa Timur 61418"),
                Letterhead.contactLine("(0321) 861234", "dikbud@jombangkab.go.id", "dikbud.jombangkab.go.id"));
    }

    public static List<Signer> people() {
        return List.of(
                new Signer("Dr. H. Agus Salim, M.Pd.", EmploymentKind.PNS, "197001011995031001", "Pembina Utama Muda (IV/c)",
                        "Kepala Dinas", "Dinas Pendidikan dan Kebudayaan"),
                new Signer("Prof. Dr. Hj. Raden Roro Siti Nurhaliza Kusumawardhani Wijayakusuma, S.Pd., M.Pd., M.Si.",
                        EmploymentKind.PNS, "198506122010012003", "Penata Tingkat I (III/d)",
                        "Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat Dinas Pendidikan dan Kebudayaan",
                        "Sekretariat, Dinas Pendidikan dan Kebudayaan"),
                new Signer("Bambang Sutrisno, S.Kom.", EmploymentKind.PPPK, "199003152022211007", "IX",
                        "Pranata Komputer Ahli Pertama", "Bidang Pembinaan SD, Dinas Pendidikan dan Kebudayaan"),
                new Signer("Siti Aminah", EmploymentKind.NON_ASN, null, null, "Pengemudi",
                        "Sekretariat, Dinas Pendidikan dan Kebudayaan"));
    }

    public static PactBatch batch(PaperSize paper, PactTemplate template, int people) {
        List<Signer> base = people();
        List<PactSheet> sheets = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Signer s = base.get(i % base.size());
            if (i >= base.size()) {
                String nip = s.number() == null ? null : s.number().substring(0, 15) + String.format("%03d", i % 1000);
                s = new Signer(s.fullName().replaceFirst("^(\\S+)", "$1" + i), s.kind(), nip, s.rankGrade(), s.position(), s.unit());
            }
            Signer superior = i % 2 == 0 ? base.get(0) : null;
            sheets.add(new PactSheet(new SheetId(2, 1000 + i, 7), s, superior));
        }
        return new PactBatch(letterhead(), paper, template, "Pemilihan Kepala Daerah Serentak Tahun 2024", 2024,
                "Dinas Pendidikan dan Kebudayaan", "Jombang", LocalDate.of(2024, 9, 2), sheets);
    }
}
