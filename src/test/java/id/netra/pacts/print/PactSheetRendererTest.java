package id.netra.pacts.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.netra.pacts.domain.IdentityFormat;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pdf.PaperSize;
import id.netra.pdf.PdfInspect;
import id.netra.pdf.Samples;

class PactSheetRendererTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void onePagePerPersonWithNameNipAndDecodableSheetCode(PaperSize paper) throws Exception {
        PactBatch batch = PactFixtures.batch(paper, PactTemplate.standard().withOptions(true, true), 6);
        Path file = dir.resolve("pakta-" + paper + ".pdf");
        PactSheetRenderer.Result result = PactSheetRenderer.save(batch, file);
        Samples.keep(file);
        assertThat(result.pages()).isEqualTo(6);
        assertThat(result.bytes()).isEqualTo(Files.size(file));
        try (PDDocument back = Loader.loadPDF(file.toFile())) {
            assertThat(back.getNumberOfPages()).isEqualTo(batch.sheets().size());
            assertThat(PdfInspect.fonts(back)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            for (int i = 0; i < batch.sheets().size(); i++) {
                PactSheet sheet = batch.sheets().get(i);
                assertThat(back.getPage(i).getMediaBox().getHeight()).isEqualTo(paper.height(), org.assertj.core.data.Offset.offset(0.5f));
                String text = PdfInspect.pageText(back, i + 1).replaceAll("\\s+", " ");
                String name = sheet.signer().fullName();
                // the name appears in the identity block (possibly wrapped) and unwrapped under the signature
                assertThat(text).contains("PAKTA INTEGRITAS").contains("PEMILIHAN KEPALA DAERAH SERENTAK TAHUN 2024")
                        .contains(name).contains("Lembar No. " + sheet.sheetId().sheetNumber())
                        .contains("Jombang, 2 September 2024");
                switch (sheet.signer().kind()) {
                    case PNS -> assertThat(text).contains("NIP. " + IdentityFormat.groupNip(sheet.signer().number()))
                            .contains("Pangkat/Gol. ruang");
                    case PPPK -> assertThat(text).contains("NI PPPK. " + IdentityFormat.groupNiPppk(sheet.signer().number()))
                            .contains("Golongan");
                    case NON_ASN -> assertThat(text).contains("Status Kepegawaian").contains("Non-ASN");
                }
                BufferedImage page = PdfInspect.render(back, i, 150);
                // the code sits in the bottom-left corner; decoding a crop is faster and proves where it is
                String decoded = PdfInspect.decodeQr(PdfInspect.crop(page, 0, 0.8, 0.4, 0.2));
                assertThat(decoded).isEqualTo(sheet.sheetId().code());
            }
        }
    }

    @Test
    void staticPartsAreSharedFormsSoTheFileStaysSmall() throws Exception {
        PactBatch batch = PactFixtures.batch(PaperSize.A4, PactTemplate.standard(), 200);
        Path file = dir.resolve("pakta-200.pdf");
        PactSheetRenderer.Result result = PactSheetRenderer.save(batch, file);
        assertThat(result.pages()).isEqualTo(200);
        // 5,000 sheets must stay under 5 MB: 1 kB per sheet leaves room for the fonts and the emblem
        assertThat(result.bytes()).isLessThan(80_000 + 200 * 1_000L);
    }
}
