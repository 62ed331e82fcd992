package id.netra.pacts.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.netra.pacts.domain.IdentityFormat;
import id.netra.pdf.PaperSize;
import id.netra.pdf.PdfInspect;
import id.netra.pdf.Samples;
import id.netra.pdf.SignatureBlock;

class AttendanceListRendererTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void listsEveryoneWithRepeatedHeadersAndEndsWithTheHeadsSignature(PaperSize paper) throws Exception {
        AttendanceList list = list(paper, 40);
        Path file = dir.resolve("daftar-hadir-" + paper + ".pdf");
        int pages = AttendanceListRenderer.save(list, file);
        Samples.keep(file);
        assertThat(pages).isGreaterThan(1);
        try (PDDocument back = Loader.loadPDF(file.toFile())) {
            assertThat(back.getNumberOfPages()).isEqualTo(pages);
            String all = "";
            for (int p = 1; p <= pages; p++) {
                String text = PdfInspect.pageText(back, p);
                assertThat(text).contains("Halaman " + p + " dari " + pages);
                if (text.contains("Pegawai Contoh")) {
                    // every page that carries rows carries the header row too
                    assertThat(text).contains("Tanda tangan").contains("Jabatan");
                }
                all += text;
            }
            String flat = all.replaceAll("\\s+", " ");
            assertThat(flat).contains("DAFTAR HADIR").contains("Senin, 2 September 2024")
                    .contains("19850612 201001 2 003").contains("Pegawai Contoh 40").contains("NIP. 19700101 199503 1 001");
            assertThat(PdfInspect.fonts(back)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void theHeadsSignatureNeverStandsAloneOnTheLastPage(PaperSize paper) throws Exception {
        // every length from a page and a half to two and a half pages: one of them ends the table
        // right at the foot of a page, where the signature used to move on alone
        for (int extra = 20; extra <= 45; extra++) {
            Path file = dir.resolve("daftar-hadir-" + paper + "-" + extra + ".pdf");
            int pages = AttendanceListRenderer.save(list(paper, extra), file);
            try (PDDocument back = Loader.loadPDF(file.toFile())) {
                String last = PdfInspect.pageText(back, pages);
                assertThat(last).as("last page of %d extra rows", extra).contains("NIP. 19700101 199503 1 001")
                        .contains("Pegawai Contoh " + extra);
            }
        }
    }

    private static AttendanceList list(PaperSize paper, int extraRows) {
        List<AttendanceList.Row> rows = new ArrayList<>();
        for (Signer s : PactFixtures.people()) {
            rows.add(new AttendanceList.Row(s.fullName(), IdentityFormat.numberValue(s.kind(), s.number()), s.position()));
        }
        for (int i = 1; i <= extraRows; i++) {
            rows.add(new AttendanceList.Row("Pegawai Contoh " + i, IdentityFormat.groupNip("19800101200501100" + (i % 10)),
                    "Guru Ahli Pertama"));
        }
        return new AttendanceList(PactFixtures.letterhead(), paper,
                "Apel Ikrar Netralitas ASN dalam Pemilihan Kepala Daerah Serentak Tahun 2024", LocalDate.of(2024, 9, 2),
                "Halaman Kantor Dinas Pendidikan dan Kebudayaan", "Sekretaris Dinas", rows,
                SignatureBlock.of("Jombang", LocalDate.of(2024, 9, 2), "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN,",
                        "Dr. H. Agus Salim, M.Pd.", "Pembina Utama Muda", "NIP. 19700101 199503 1 001"));
    }
}
