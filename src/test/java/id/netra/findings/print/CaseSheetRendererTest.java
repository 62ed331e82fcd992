package id.netra.findings.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSheetRendererTest {

    @TempDir
    Path dir;

    static CaseSheet sheet(boolean f4, int historyRows) {
        List<CaseSheet.HistoryLine> history = new ArrayList<>();
        history.add(new CaseSheet.HistoryLine("2 November 2026 09.15", "-", "Dicatat", "operator", "-"));
        for (int i = 0; i < historyRows; i++) {
            history.add(new CaseSheet.HistoryLine("3 November 2026 10.0" + (i % 10), "Klarifikasi", "Dicatat", "ketua tim",
                    "Bukti tambahan dari Bawaslu perlu diverifikasi ulang sebelum pemanggilan"));
        }
        return new CaseSheet(
                new CaseSheet.Kop(null, "PEMERINTAH KABUPATEN SUKAMAJU", "DINAS PENDIDIKAN",
                        "Jalan Merdeka No. 1, Sukamaju 12345", "Telepon (0321) 123456", f4),
                "RINGKASAN TEMUAN DUGAAN PELANGGARAN NETRALITAS ASN", "003/TEMUAN/2026", "Pemeriksaan",
                List.of(new CaseSheet.Field("Tanggal diketahui", "2 November 2026"),
                        new CaseSheet.Field("Pelapor", "Dirahasiakan")),
                "Terduga",
                List.of(new CaseSheet.Person("Drs. Budi Santoso, M.Pd.", "198503122010011003", "ASN",
                                "Kepala Sekolah", "SD Negeri 1 Sukamaju"),
                        new CaseSheet.Person("Agus Wibowo", "3517011203900001", "Non-ASN", "Operator Sekolah",
                                "SD Negeri 1 Sukamaju")),
                "Sesuai asas praduga tak bersalah, pegawai di atas berstatus terduga sampai ada keputusan.",
                "Diduga melanggar",
                List.of(new CaseSheet.Code("D8", "Disiplin", "Kegiatan yang mengarah pada keberpihakan", "Hukuman disiplin berat")),
                "Pada tanggal 1 November 2026 yang bersangkutan mengumpulkan guru dan orang tua murid.\n"
                        + "Dalam pertemuan itu dibagikan kalender bergambar calon bupati.",
                List.of("https://facebook.com/groups/warga/posts/123"),
                List.of(new CaseSheet.EvidenceLine("foto-pertemuan.jpg", "image/jpeg", "840 KB",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Utuh (hash cocok)")),
                List.of("Panggilan I nomor 800/101/2026 tanggal 5 November 2026, jadwal pemeriksaan 10 November 2026: Tidak hadir"),
                history,
                List.of(new CaseSheet.TeamLine("Tim Pengawas Netralitas (Tim tetap, SK 800/45/2026)", "Rina Kusuma, S.H.",
                        "Ketua", "-")),
                new CaseSheet.Signer("Sukamaju", LocalDate.of(2026, 11, 26), "Kepala Dinas Pendidikan",
                        "Dr. Hj. Ratna Dewi, M.Pd.", "Pembina Utama Muda (IV/c)", "197001011995032001"));
    }

    @Test
    void printsEverySectionAndParsesBack() throws Exception {
        Path pdf = CaseSheetRenderer.write(sheet(false, 2), dir);
        assertThat(pdf.getFileName().toString()).isEqualTo("temuan-003-TEMUAN-2026.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("DINAS PENDIDIKAN", "003/TEMUAN/2026", "Identitas terduga", "Diduga melanggar",
                    "Dirahasiakan", "Drs. Budi Santoso, M.Pd.", "Agus Wibowo", "praduga", "kalender bergambar",
                    "Halaman 1 dari");
            assertThat(text.replaceAll("\\s", "")).contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        }
        // kept for a look with pdftoppm while developing; target/ is scratch space
        Files.createDirectories(Path.of("target"));
        Files.copy(pdf, Path.of("target", "findings-summary-sample.pdf"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void longHistoryFlowsOntoMorePagesWithTheHeaderRepeatedOnF4() throws Exception {
        Path pdf = CaseSheetRenderer.write(sheet(true, 60), dir);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(330 * 72 / 25.4f, org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            assertThat(last.getText(doc)).contains("Dr. Hj. Ratna Dewi, M.Pd.");
        }
    }
}
