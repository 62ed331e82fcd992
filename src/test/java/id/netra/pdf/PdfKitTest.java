package id.netra.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfKitTest {

    @TempDir
    Path dir;

    static Letterhead letterhead() {
        return new Letterhead(TestImages.emblemPng(), "Pemerintah Kabupaten Jombang", "Dinas Pendidikan dan Kebudayaan",
                List.of("Jalan Pattimura Nomor 5, Jombang, Jawa Timur 61418"),
                Letterhead.contactLine("(0321) 861234", "dikbud@jombangkab.go.id", "dikbud.jombangkab.go.id"));
    }

    @ParameterizedTest
    @EnumSource(PaperSize.class)
    void tableFlowsOverPagesWithRepeatedHeaderFooterAndEmbeddedFonts(PaperSize paper) throws IOException {
        Path file = dir.resolve("table-" + paper + ".pdf");
        PageMargins m = PageMargins.official();
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.serif(doc);
            float width = m.contentWidth(paper);
            PdfForms.Placed kop = LetterheadRenderer.toForm(doc, fonts, letterhead(), width);
            List<PDPageContentStream> streams = new ArrayList<>();
            PdfTable.PageSource pages = () -> {
                PDPage page = new PDPage(paper.rectangle());
                doc.addPage(page);
                try {
                    PDPageContentStream cs = new PDPageContentStream(doc, page);
                    streams.add(cs);
                    return new PdfTable.PageArea(new PdfCanvas(cs), m.left(), paper.height() - m.top(), m.bottom(), width);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            PdfTable.PageArea first = pages.nextPage();
            kop.draw(first.canvas(), m.left(), first.top());
            PdfTable.PageArea below = new PdfTable.PageArea(first.canvas(), first.x(), first.top() - kop.height() - 20,
                    first.bottom(), width);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 1; i <= 60; i++) {
                rows.add(List.of(String.valueOf(i), "Pegawai Nomor " + i + " dengan Nama yang Cukup Panjang, S.Pd., M.Pd.",
                        String.valueOf(i)));
            }
            PdfTable table = new PdfTable(fonts, 10, List.of(
                    PdfTable.Column.text("No", 1, Align.CENTER),
                    PdfTable.Column.text("Nama", 6, Align.LEFT),
                    new PdfTable.Column("Tanda tangan", 4, Align.LEFT, PdfTable.zigzagSignature(fonts.regular(), 10))))
                    .minRowHeight(PaperSize.mm(10));
            PdfTable.Result result = table.draw(below, pages, rows);
            Block sig = SignatureBlockRenderer.layout(SignatureBlock.of("Jombang", LocalDate.of(2024, 11, 27),
                    "KEPALA DINAS,", "Dr. H. Agus Salim, M.Pd.", "Pembina Utama Muda (IV/c)", "NIP. 19700101 199503 1 001"),
                    fonts, 11, width / 2);
            sig.draw(result.page().canvas(), m.left() + width / 2, result.y() - 20);
            for (PDPageContentStream cs : streams) {
                cs.close();
            }
            PageFooter.stamp(doc, fonts, m);
            PdfA.conform(doc, "Daftar Hadir", "Dinas Pendidikan", Calendar.getInstance());
            assertThat(result.pages()).isGreaterThan(1);
            SafeSave.save(doc, file);
        }
        Samples.keep(file);
        try (PDDocument back = Loader.loadPDF(file.toFile())) {
            int pages = back.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(back.getPage(0).getMediaBox().getHeight()).isCloseTo(paper.height(), org.assertj.core.data.Offset.offset(0.5f));
            for (int p = 1; p <= pages; p++) {
                String text = PdfInspect.pageText(back, p);
                assertThat(text).contains("Tanda tangan").contains("Halaman " + p + " dari " + pages);
            }
            String first = PdfInspect.pageText(back, 1);
            assertThat(first).contains("PEMERINTAH KABUPATEN JOMBANG").contains("DINAS PENDIDIKAN DAN KEBUDAYAAN");
            String last = PdfInspect.pageText(back, pages);
            assertThat(last).contains("Dr. H. Agus Salim, M.Pd.").contains("NIP. 19700101 199503 1 001")
                    .contains("Jombang, 27 November 2024").contains("Pegawai Nomor 60");
            List<PDFont> fonts = PdfInspect.fonts(back);
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".part"))).isEmpty();
    }

    @Test
    void wrapsByMeasuredWidthAndSplitsOverlongWords() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PdfFonts.serif(doc).regular();
            List<String> lines = PdfText.wrap("Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat",
                    font, 11, 120);
            assertThat(lines).hasSizeGreaterThan(2)
                    .allSatisfy(l -> assertThat(PdfText.width(font, 11, l)).isLessThanOrEqualTo(120f));
            assertThat(String.join(" ", lines))
                    .isEqualTo("Kepala Sub Bagian Perencanaan, Evaluasi dan Pelaporan pada Sekretariat");
            List<String> split = PdfText.wrap("x".repeat(200), font, 11, 50);
            assertThat(split).hasSizeGreaterThan(3).allSatisfy(l -> assertThat(PdfText.width(font, 11, l)).isLessThanOrEqualTo(50f));
            assertThat(PdfText.wrap("", font, 11, 50)).containsExactly("");
            assertThat(PdfText.clean(font, "A\tB\u4e2d")).isEqualTo("A B?");
        }
    }

    @Test
    void qrDrawnAsVectorsDecodes() throws IOException {
        Path file = dir.resolve("qr.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PaperSize.A4.rectangle());
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                QrCode.encode("NETRA:P:12:3456:7:42").draw(new PdfCanvas(cs), 400, 700, PaperSize.mm(18));
            }
            SafeSave.save(doc, file);
            SafeSave.save(doc, file); // saving over an existing file is fine
        }
        try (PDDocument back = Loader.loadPDF(file.toFile())) {
            assertThat(PdfInspect.decodeQr(PdfInspect.render(back, 0, 150))).isEqualTo("NETRA:P:12:3456:7:42");
        }
    }

    @Test
    void pdfA2bPassesVeraPdf() throws Exception {
        Path file = dir.resolve("a.pdf");
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.serif(doc);
            PDPage page = new PDPage(PaperSize.F4.rectangle());
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfCanvas c = new PdfCanvas(cs);
                LetterheadRenderer.toForm(doc, fonts, letterhead(), 400).draw(c, 60, 900);
                c.text(fonts.bold(), 12, 60, 700, "LAPORAN BULANAN");
            }
            PdfA.conform(doc, "Laporan Bulanan November 2024", "Dinas Pendidikan", Calendar.getInstance());
            SafeSave.save(doc, file);
        }
        assertThat(VeraPdf.validate(file)).isEmpty();
    }
}
