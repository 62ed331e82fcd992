package id.netra.reports.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.netra.pdf.PdfInspect;
import id.netra.pdf.Samples;
import id.netra.pdf.VeraPdf;
import id.netra.settings.domain.PaperSize;

class MonthlyReportRendererTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void rendersTheLetterAndAnnexesAsCompliantPdfA(PaperSize paper) throws Exception {
        Path pdf = dir.resolve("laporan-model-" + paper + ".pdf");
        int pages = new MonthlyReportRenderer(ReportModels.full(paper)).save(pdf);
        Samples.keep(pdf);

        assertThat(VeraPdf.validate(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages).isGreaterThanOrEqualTo(3);
            String first = PdfInspect.pageText(doc, 1);
            assertThat(first).contains("LAPORAN BULANAN PENGAWASAN NETRALITAS ASN")
                    .contains("Bulan Oktober 2024 - Pemilihan Kepala Daerah Tahun 2024")
                    .contains("Sekretaris Daerah Kabupaten Sukamaju")
                    .contains("800.1.6/412/418.44/2024")
                    .contains("Sukamaju, 4 November 2024")
                    .contains("Halaman 1 dari " + pages);
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(all).contains("Lampiran A").contains("Lampiran B").contains("Diduga melanggar D2, D6")
                    .contains("NIP. 19700101 199503 1 001").contains("Tembusan:");
            assertThat(PdfInspect.fonts(doc)).allMatch(f -> f.isEmbedded());
        }
    }

    @Test
    void groupsNipEightSixOneThree() {
        assertThat(id.netra.pacts.domain.IdentityFormat.groupNip("197001011995031001")).isEqualTo("19700101 199503 1 001");
        assertThat(MonthlyReportRenderer.num(12345)).isEqualTo("12.345");
    }
}
