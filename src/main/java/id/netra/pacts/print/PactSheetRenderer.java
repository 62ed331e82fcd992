package id.netra.pacts.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.netra.pacts.domain.EmploymentKind;
import id.netra.pacts.domain.IdentityFormat;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.Placeholders;
import id.netra.pdf.PdfDocuments;
import id.netra.pdf.Align;
import id.netra.pdf.Block;
import id.netra.pdf.LetterheadRenderer;
import id.netra.pdf.PageMargins;
import id.netra.pdf.PaperSize;
import id.netra.pdf.Paragraph;
import id.netra.pdf.PdfCanvas;
import id.netra.pdf.PdfFonts;
import id.netra.pdf.PdfForms;
import id.netra.pdf.QrCode;
import id.netra.pdf.SafeSave;
import id.netra.pdf.SignatureBlock;
import id.netra.pdf.SignatureBlockRenderer;
import id.netra.pdf.Stack;

/**
 * Prints a batch of pakta integritas, one page per person, as one PDF. Parts that are the same on
 * every sheet (kop, title, the commitments) are drawn once into form XObjects and placed on each
 * page; fonts are loaded once. That is what keeps 5,000 sheets within seconds and a few megabytes.
 * <p>
 * All document words are Indonesian: official documents are written in Bahasa Indonesia whatever the
 * screen language (UU 24/2009, Pasal 27).
 */
public final class PactSheetRenderer {

    /** Sizes tried from the largest until the sheet fits one page (long names, long templates). */
    private static final float[] BODY_SIZES = {12f, 11.5f, 11f, 10.5f, 10f, 9.5f, 9f};
    private static final float QR_SIZE = PaperSize.mm(16);
    private static final float QR_BOTTOM = PaperSize.mm(9);
    private static final float LABEL_WIDTH = PaperSize.mm(40);
    private static final float COLON_WIDTH = PaperSize.mm(4);
    private static final float SIGNATURE_COLUMN = PaperSize.mm(78);
    private static final float MATERAI_W = PaperSize.mm(30);
    private static final float MATERAI_H = PaperSize.mm(18);

    private final PactBatch batch;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PageMargins margins = PageMargins.official();
    private final float width;
    private final PdfForms.Placed kop;
    private final Map<Object, PdfForms.Placed> forms = new HashMap<>();
    private final Map<String, String> periodValues;
    private final QrCode.Stamper qr;

    private PactSheetRenderer(PactBatch batch, PDDocument doc) {
        this.batch = batch;
        this.doc = doc;
        this.fonts = PdfFonts.serif(doc);
        this.width = margins.contentWidth(batch.paper());
        this.kop = LetterheadRenderer.toForm(doc, fonts, batch.letterhead(), width);
        this.qr = new QrCode.Stamper(doc);
        this.periodValues = Placeholders.period(batch.electionName(), batch.electionYear(), batch.opdName());
    }

    /** Figures of one print run, for the CLI's {@code --json} and the screen's status line. */
    public record Result(int pages, int people, long bytes, long millis) {
    }

    /** Builds the document in memory (the caller closes it): for previews and for printing. */
    public static PDDocument build(PactBatch batch) {
        return PdfDocuments.build(doc -> new PactSheetRenderer(batch, doc).renderAll());
    }

    /** Builds and saves atomically to {@code target}. */
    public static Result save(PactBatch batch, Path target) throws IOException {
        long start = System.nanoTime();
        try (PDDocument doc = build(batch)) {
            long bytes = SafeSave.save(doc, target);
            return new Result(doc.getNumberOfPages(), batch.sheets().size(), bytes, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void renderAll() {
        var info = doc.getDocumentInformation();
        info.setTitle("Pakta Integritas - " + batch.electionName());
        info.setAuthor(batch.opdName());
        info.setCreator("Netra");
        info.setCreationDate(Calendar.getInstance());
        List<PactSheet> sheets = batch.sheets();
        AtomicReferenceArray<QrCode> codes = new AtomicReferenceArray<>(sheets.size());
        // QR encoding needs no document, so a second core encodes from the end of the batch while this
        // thread lays out pages from the start; whichever reaches a sheet first encodes it
        AtomicBoolean done = new AtomicBoolean();
        Thread helper = null;
        if (sheets.size() > 200) {
            helper = new Thread(() -> {
                for (int i = sheets.size() - 1; i >= 0 && !done.get(); i--) {
                    if (codes.get(i) == null) {
                        codes.compareAndSet(i, null, QrCode.encode(sheets.get(i).sheetId().code()));
                    }
                }
            }, "pact-qr-encoder");
            helper.setDaemon(true);
            helper.start();
        }
        try {
            for (int i = 0; i < sheets.size(); i++) {
                QrCode code = codes.get(i);
                if (code == null) {
                    code = QrCode.encode(sheets.get(i).sheetId().code());
                    codes.set(i, code);
                }
                renderSheet(sheets.get(i), code);
            }
        } finally {
            done.set(true);
        }
    }

    private void renderSheet(PactSheet sheet, QrCode code) {
        Map<String, String> values = new HashMap<>(periodValues);
        Signer s = sheet.signer();
        values.put(Placeholders.NAME, s.fullName());
        values.put(Placeholders.NUMBER, IdentityFormat.numberValue(s.kind(), s.number()));
        values.put(Placeholders.POSITION, orDash(s.position()));
        values.put(Placeholders.UNIT, orDash(s.unit()));
        PactTemplate t = batch.template().resolve(values);

        PaperSize paper = batch.paper();
        float top = paper.height() - margins.top();
        float bottomLimit = QR_BOTTOM + QR_SIZE + PaperSize.mm(4);
        float available = top - kop.height() - bottomLimit;

        Layout layout = null;
        for (float size : BODY_SIZES) {
            layout = layout(t, sheet, size);
            if (layout.height() <= available) {
                break;
            }
        }

        PDPage page = new PDPage(paper.rectangle());
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            PdfCanvas canvas = new PdfCanvas(cs);
            kop.draw(canvas, margins.left(), top);
            layout.draw(canvas, margins.left(), top - kop.height());
            drawSheetId(canvas, sheet, code);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Layout layout(PactTemplate t, PactSheet sheet, float size) {
        Stack stack = new Stack(width);
        stack.add(PaperSize.mm(7), cached(new HeaderKey(t.title(), t.subtitle(), t.identityIntro(), size), () -> header(t, size)));
        stack.add(size * 0.4f, identity(sheet.signer(), size));
        stack.add(size * 0.6f, cached(new BodyKey(t.opening(), t.commitments(), t.sanctionClause(), t.closing(), size),
                () -> body(t, size)));
        stack.add(size * 1.2f, signatures(t, sheet, size));
        return new Layout(stack);
    }

    private PdfForms.Placed cached(Object key, java.util.function.Supplier<Block> make) {
        return forms.computeIfAbsent(key, k -> PdfForms.toForm(doc, make.get()));
    }

    private Block header(PactTemplate t, float size) {
        Stack s = new Stack(width);
        s.add(new Paragraph(t.title().toUpperCase(Locale.ROOT), fonts.bold(), size + 2, width, Align.CENTER));
        if (!t.subtitle().isEmpty()) {
            s.add(2, new Paragraph(t.subtitle().toUpperCase(Locale.ROOT), fonts.bold(), size, width, Align.CENTER));
        }
        if (!t.identityIntro().isEmpty()) {
            s.add(size * 1.4f, new Paragraph(t.identityIntro(), fonts.regular(), size, width, Align.LEFT));
        }
        return s;
    }

    private Block identity(Signer s, float size) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Nama", s.fullName()});
        switch (s.kind()) {
            case PNS -> {
                rows.add(new String[] {"NIP", IdentityFormat.numberValue(EmploymentKind.PNS, s.number())});
                rows.add(new String[] {"Pangkat/Gol. ruang", orDash(s.rankGrade())});
            }
            case PPPK -> {
                rows.add(new String[] {"NI PPPK", IdentityFormat.numberValue(EmploymentKind.PPPK, s.number())});
                rows.add(new String[] {"Golongan", orDash(s.rankGrade())});
            }
            case NON_ASN -> {
                rows.add(new String[] {"NIP", "-"});
                rows.add(new String[] {"Status Kepegawaian", "Non-ASN"});
            }
        }
        rows.add(new String[] {"Jabatan", orDash(s.position())});
        rows.add(new String[] {"Unit Kerja", orDash(s.unit())});
        float indent = PaperSize.mm(8);
        float valueX = indent + LABEL_WIDTH + COLON_WIDTH;
        List<String> labels = new ArrayList<>();
        List<Paragraph> values = new ArrayList<>();
        for (String[] row : rows) {
            labels.add(row[0]);
            values.add(new Paragraph(row[1], fonts.regular(), size, width - valueX, Align.LEFT));
        }
        List<Float> heights = values.stream().map(Paragraph::height).toList();
        // labels and colons are identical on most sheets: one shared form per row-height pattern
        Block labelsForm = cached(new LabelsKey(labels, heights, size), () -> labelColumn(labels, heights, size, indent));
        return Block.of(width, labelsForm.height(), (canvas, x, top) -> {
            labelsForm.draw(canvas, x, top);
            float y = top;
            for (Paragraph value : values) {
                value.draw(canvas, x + valueX, y);
                y -= value.height();
            }
        });
    }

    private Block labelColumn(List<String> labels, List<Float> heights, float size, float indent) {
        Stack stack = new Stack(width);
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            float h = heights.get(i);
            stack.add(Block.of(width, h, (canvas, x, top) -> {
                float baseline = top - size * 0.85f - (size * Paragraph.DEFAULT_LEADING - size) / 2f;
                canvas.text(fonts.regular(), size, x + indent, baseline, label);
                canvas.text(fonts.regular(), size, x + indent + LABEL_WIDTH, baseline, ":");
            }));
        }
        return stack;
    }

    private Block body(PactTemplate t, float size) {
        Stack s = new Stack(width);
        if (!t.opening().isEmpty()) {
            s.add(new Paragraph(t.opening(), fonts.regular(), size, width, Align.JUSTIFY));
        }
        float numberWidth = PaperSize.mm(8);
        int n = 1;
        for (String c : t.commitments()) {
            s.add(size * 0.3f, new NumberedItem(n++ + ".", c, fonts.regular(), size, width, numberWidth));
        }
        if (!t.sanctionClause().isEmpty()) {
            s.add(size * 0.6f, new Paragraph(t.sanctionClause(), fonts.regular(), size, width, Align.JUSTIFY));
        }
        if (!t.closing().isEmpty()) {
            s.add(size * 0.6f, new Paragraph(t.closing(), fonts.regular(), size, width, Align.JUSTIFY));
        }
        return s;
    }

    private Block signatures(PactTemplate t, PactSheet sheet, float size) {
        Signer s = sheet.signer();
        String dateLine = new SignatureBlock(batch.place(), batch.signingDate(), List.of(), "", null, null,
                batch.electionYear()).dateLine();
        Block above = cached(new SignerStaticKey(dateLine, t.materaiBox(), size),
                () -> signerStatic(dateLine, t.materaiBox(), size));
        Block nameAndNumber = SignatureBlockRenderer.layout(new SignatureBlock(null, null, List.of(), s.fullName(), null,
                IdentityFormat.signatureIdLine(s.kind(), s.number()), null), fonts, size, SIGNATURE_COLUMN, 0);
        Block right = new Stack(SIGNATURE_COLUMN).add(above).add(nameAndNumber);
        Block left = null;
        if (t.superiorBlock()) {
            Signer sup = sheet.superior();
            SignatureBlock acknowledging = sup == null
                    ? new SignatureBlock(null, null, List.of("Mengetahui,", "Atasan Langsung,"),
                            "(.......................................)", null, "NIP. .......................................", null)
                    : new SignatureBlock(null, null, List.of("Mengetahui,", "Atasan Langsung,"),
                            sup.fullName(), sup.rankGrade(), IdentityFormat.signatureIdLine(sup.kind(), sup.number()), null);
            left = cached(new SuperiorKey(acknowledging, size), () -> SignatureBlockRenderer.layout(acknowledging, fonts,
                    size, SIGNATURE_COLUMN));
        }
        return new SignatureRow(left, right);
    }

    /** "Jombang, 2 September 2024" / "Yang membuat pernyataan," / signature space with the optional meterai box. */
    private Block signerStatic(String dateLine, boolean materai, float size) {
        Stack lines = new Stack(SIGNATURE_COLUMN);
        if (dateLine != null) {
            lines.add(new Paragraph(dateLine, fonts.regular(), size, SIGNATURE_COLUMN, Align.CENTER));
        }
        lines.add(new Paragraph("Yang membuat pernyataan,", fonts.regular(), size, SIGNATURE_COLUMN, Align.CENTER));
        float space = SignatureBlockRenderer.DEFAULT_SIGNATURE_SPACE;
        return Block.of(SIGNATURE_COLUMN, lines.height() + space, (canvas, x, top) -> {
            lines.draw(canvas, x, top);
            if (materai) {
                // the stamp sits where the signature starts, as people sign across it
                float boxY = top - lines.height() - (space + MATERAI_H) / 2f;
                float boxX = x + PaperSize.mm(4);
                canvas.dashedRect(boxX, boxY, MATERAI_W, MATERAI_H, 0.5f, 2f);
                PDFont f = fonts.regular();
                canvas.line(f, 7, boxX, MATERAI_W, boxY + MATERAI_H / 2f + 2, "Meterai", Align.CENTER);
                canvas.line(f, 7, boxX, MATERAI_W, boxY + MATERAI_H / 2f - 7, "Rp10.000", Align.CENTER);
            }
        });
    }

    private void drawSheetId(PdfCanvas canvas, PactSheet sheet, QrCode code) {
        float x = margins.left();
        qr.draw(canvas, code, x, QR_BOTTOM, QR_SIZE);
        PDFont f = fonts.regular();
        canvas.text(f, 7.5f, x + QR_SIZE + PaperSize.mm(3), QR_BOTTOM + QR_SIZE - 8, "Lembar No. " + sheet.sheetId().sheetNumber());
        canvas.text(f, 6.5f, x + QR_SIZE + PaperSize.mm(3), QR_BOTTOM + QR_SIZE - 17,
                "Setelah ditandatangani, kembalikan lembar ini kepada pengelola kepegawaian.");
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s.strip();
    }

    private record HeaderKey(String title, String subtitle, String intro, float size) {
    }

    private record BodyKey(String opening, List<String> commitments, String sanction, String closing, float size) {
    }

    private record LabelsKey(List<String> labels, List<Float> heights, float size) {
    }

    private record SignerStaticKey(String dateLine, boolean materai, float size) {
    }

    private record SuperiorKey(SignatureBlock block, float size) {
    }

    /** The whole sheet below the kop. */
    private record Layout(Stack stack) {
        float height() {
            return stack.height();
        }

        void draw(PdfCanvas canvas, float x, float top) {
            stack.draw(canvas, x, top);
        }
    }

    /** "1.  text..." with the text hanging right of the number. */
    private static final class NumberedItem implements Block {
        private final String number;
        private final PDFont font;
        private final float size;
        private final float width;
        private final float numberWidth;
        private final Paragraph text;

        NumberedItem(String number, String text, PDFont font, float size, float width, float numberWidth) {
            this.number = number;
            this.font = font;
            this.size = size;
            this.width = width;
            this.numberWidth = numberWidth;
            this.text = new Paragraph(text, font, size, width - numberWidth, Align.JUSTIFY);
        }

        @Override
        public float width() {
            return width;
        }

        @Override
        public float height() {
            return text.height();
        }

        @Override
        public void draw(PdfCanvas canvas, float x, float top) {
            float baseline = top - size * 0.85f - (text.leading() - size) / 2f;
            canvas.text(font, size, x, baseline, number);
            text.draw(canvas, x + numberWidth, top);
        }
    }

    /** Superior (optional) at the left, the signer at the right. */
    private final class SignatureRow implements Block {
        private final Block left;
        private final Block right;

        SignatureRow(Block left, Block right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public float width() {
            return width;
        }

        @Override
        public float height() {
            return Math.max(right.height(), left == null ? 0 : left.height());
        }

        @Override
        public void draw(PdfCanvas canvas, float x, float top) {
            right.draw(canvas, x + width - SIGNATURE_COLUMN, top);
            if (left != null) {
                left.draw(canvas, x, top);
            }
        }
    }
}
