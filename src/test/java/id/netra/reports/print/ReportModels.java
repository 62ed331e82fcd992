package id.netra.reports.print;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import id.netra.reports.domain.ActivityRow;
import id.netra.reports.domain.CaseRegisterRow;
import id.netra.reports.domain.CodeCount;
import id.netra.reports.domain.FindingsFigures;
import id.netra.reports.domain.HeadcountRow;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.OverdueItem;
import id.netra.reports.domain.PactRow;
import id.netra.reports.domain.PledgeEventRow;
import id.netra.reports.domain.ReportHeader;
import id.netra.reports.domain.Tally;
import id.netra.reports.domain.UnsignedGroup;
import id.netra.reports.domain.UnsignedPerson;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.PaperSize;

/** A hand-made report model for renderer tests: every section filled, long names, many unsigned. */
public final class ReportModels {

    private ReportModels() {
    }

    public static OpdProfile profile(PaperSize paper) throws IOException {
        byte[] emblem;
        try (InputStream in = ReportModels.class.getResourceAsStream("/samples/emblem-sukamaju.png")) {
            emblem = in == null ? null : in.readAllBytes();
        }
        return new OpdProfile("DINAS PENDIDIKAN DAN KEBUDAYAAN", "PEMERINTAH KABUPATEN SUKAMAJU",
                "Jalan Veteran Nomor 12, Sukamaju 61411", "(0321) 861234", "disdik@sukamajukab.go.id",
                "disdik.sukamajukab.go.id", "Sukamaju", "Dr. H. Ahmad Fauzi, S.Pd., M.Si.", "197001011995031001",
                "Pembina Utama Muda (IV/c)", "Kepala Dinas Pendidikan dan Kebudayaan", emblem, "png", paper);
    }

    public static MonthlyReport full(PaperSize paper) throws IOException {
        ReportHeader h = new ReportHeader(profile(paper), YearMonth.of(2024, 10), 1,
                "Pemilihan Kepala Daerah Tahun 2024", "800.1.6/412/418.44/2024", LocalDate.of(2024, 11, 4));
        List<HeadcountRow> heads = new ArrayList<>();
        List<PactRow> pacts = new ArrayList<>();
        List<UnsignedGroup> unsigned = new ArrayList<>();
        String[] units = {"Sekretariat", "Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama",
                "Bidang Pendidik dan Tenaga Kependidikan yang Namanya Sangat Panjang Sekali", "UPT Pendidikan Kecamatan Utara",
                "UPT Pendidikan Kecamatan Selatan", "SD Negeri 1 Sukamaju", "SMP Negeri 2 Sukamaju"};
        for (int i = 0; i < units.length; i++) {
            int staff = 10 + i * 7;
            int signed = staff - (i * 3 % staff);
            heads.add(new HeadcountRow(units[i], staff - 4, 2, 2));
            pacts.add(new PactRow(units[i], staff, signed));
            List<UnsignedPerson> people = new ArrayList<>();
            for (int p = 0; p < staff - signed; p++) {
                people.add(new UnsignedPerson("Pegawai " + units[i].charAt(0) + p + ", S.Pd.", "19800101 200501 1 0" + (10 + p),
                        "Guru Ahli Pertama"));
            }
            if (!people.isEmpty()) {
                unsigned.add(new UnsignedGroup(units[i], people));
            }
        }
        FindingsFigures f = new FindingsFigures(2, 5,
                List.of(new CodeCount("E4", "ETIK", "Membuat unggahan, komentar, membagikan, menyukai, atau mengikuti akun/grup pemenangan bakal calon", 0, 1),
                        new CodeCount("D2", "DISIPLIN", "Melakukan sosialisasi/kampanye melalui media sosial atau media daring untuk calon", 1, 3),
                        new CodeCount("D6", "DISIPLIN", "Membuat unggahan, komentar, membagikan, menyukai, atau mengikuti akun/grup pemenangan calon", 1, 2)),
                List.of(new Tally("ETIK", 0, 1), new Tally("DISIPLIN", 2, 4)),
                List.of(new Tally("DICATAT", 1, 1), new Tally("KLARIFIKASI", 1, 1), new Tally("PEMERIKSAAN", 0, 1),
                        new Tally("DITERUSKAN", 0, 0), new Tally("REKOMENDASI", 0, 0), new Tally("DIPUTUS", 1, 1),
                        new Tally("SELESAI", 0, 1)),
                new Tally("FORWARDED", 1, 2), new Tally("RECOMMENDATIONS", 0, 1),
                List.of(new Tally("MORAL_TERTUTUP", 0, 1), new Tally("MORAL_TERBUKA", 0, 0), new Tally("DISIPLIN_SEDANG", 1, 1),
                        new Tally("DISIPLIN_BERAT", 0, 0), new Tally("PTDH", 0, 0)),
                List.of(new OverdueItem("004/TEMUAN/2024", "SUMMONS_TWO", LocalDate.of(2024, 10, 21))));
        List<CaseRegisterRow> register = List.of(
                new CaseRegisterRow("001/TEMUAN/2024", LocalDate.of(2024, 8, 12), "Budi Santoso (19800101 200501 1 010)",
                        "SD Negeri 1 Sukamaju", "E4", "ETIK", "MEDIA_PATROL", "SELESAI", "PROVEN"),
                new CaseRegisterRow("002/TEMUAN/2024", LocalDate.of(2024, 10, 2), "Siti Aminah (19850202 201001 2 003)",
                        "Sekretariat", "D2, D6", "DISIPLIN", "PUBLIC_REPORT", "KLARIFIKASI", "SUSPECTED"));
        return new MonthlyReport(h, heads, pacts,
                List.of(new PledgeEventRow(LocalDate.of(2024, 10, 1), "Halaman Kantor Dinas", "Kepala Dinas", 120, 6, 3)),
                List.of(new ActivityRow("SOSIALISASI", "Sosialisasi netralitas ASN bagi kepala sekolah", LocalDate.of(2024, 10, 8),
                                null, "Aula Dinas", 85),
                        new ActivityRow("PATROLI_MEDSOS", "Patroli media sosial pegawai", LocalDate.of(2024, 10, 1),
                                LocalDate.of(2024, 10, 31), "Daring", 4)),
                f, "Sebagian sekolah di wilayah kepulauan belum mengirim pakta yang ditandatangani karena kendala transportasi.\n"
                        + "Rencana tindak lanjut: penjemputan dokumen oleh UPT pada minggu pertama November 2024.",
                List.of("Bupati Sukamaju (sebagai laporan)", "Kepala BKPSDM Kabupaten Sukamaju", "Inspektur Kabupaten Sukamaju"),
                unsigned, register);
    }
}
