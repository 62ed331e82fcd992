package id.netra.findings.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import id.netra.pdf.Align;
import id.netra.pdf.Block;
import id.netra.pdf.Letterhead;
import id.netra.pdf.LetterheadRenderer;
import id.netra.pdf.PageFooter;
import id.netra.pdf.PageMargins;
import id.netra.pdf.PaperSize;
import id.netra.pdf.Paragraph;
import id.netra.pdf.PdfCanvas;
import id.netra.pdf.PdfFonts;
import id.netra.pdf.PdfTable;
import id.netra.pdf.PdfText;
import id.netra.pdf.SafeSave;
import id.netra.pdf.SignatureBlock;
import id.netra.pdf.SignatureBlockRenderer;

/**
 * Lays out a {@link CaseSheet} as the attachment of a forwarding letter: kop, title and register
 * number, the facts, the person(s) with "terduga" wording until decided, codes, chronology, evidence
 * with full SHA-256, the handling steps, the status history, the team, and the OPD head's signature.
 * Content flows over as many pages as it needs; tables repeat their header.
 */
public final class CaseSheetRenderer {

    private static final float BODY = 10.5f;
    private static final float SMALL = 8.5f;

    private final CaseSheet sheet;
    private final PDDocument doc;
    private final PdfFonts fonts;
    private final PageMargins margins = PageMargins.official();
    private final PaperSize paper;
    private final float width;
    private final List<PDPageContentStream> open = new ArrayList<>();
    private PdfTable.PageArea page;
    private float y;

    private CaseSheetRenderer(CaseSheet sheet, PDDocument doc) {
        this.sheet = sheet;
        this.doc = doc;
        this.fonts = PdfFonts.serif(doc);
        this.paper = sheet.kop().paperF4() ? PaperSize.F4 : PaperSize.A4;
        this.width = margins.contentWidth(paper);
    }

    /** Writes {@code temuan-<register>.pdf} into {@code folder} (atomically) and returns its path. */
    public static Path write(CaseSheet sheet, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve("temuan-" + sheet.registerNumber().replaceAll("[^A-Za-z0-9._-]+", "-") + ".pdf");
        try (PDDocument doc = build(sheet)) {
            SafeSave.save(doc, target);
        }
        return target;
    }

    public static PDDocument build(CaseSheet sheet) {
        PDDocument doc = new PDDocument();
        try {
            new CaseSheetRenderer(sheet, doc).render();
            return doc;
        } catch (RuntimeException e) {
            try {
                doc.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void render() {
        var info = doc.getDocumentInformation();
        info.setTitle(sheet.title() + " " + sheet.registerNumber());
        info.setAuthor(sheet.kop().opdName());
        info.setCreator("Netra");
        info.setCreationDate(Calendar.getInstance());
        try {
            page = newPage();
            y = page.top();
            CaseSheet.Kop k = sheet.kop();
            List<String> address = k.address() == null || k.address().isBlank() ? List.of() : List.of(k.address());
            Letterhead lh = new Letterhead(k.emblem(), k.governmentName(), k.opdName(), address,
                    k.contact() == null || k.contact().isBlank() ? null : k.contact());
            Block kop = LetterheadRenderer.layout(doc, fonts, lh, width);
            place(kop, 0);
            place(new Paragraph(sheet.title(), fonts.bold(), 12, width, Align.CENTER), 14);
            place(new Paragraph(DocumentText.tr("findings.sheet.register", sheet.registerNumber()), fonts.regular(), BODY,
                    width, Align.CENTER), 2);

            heading("findings.sheet.section.facts");
            for (CaseSheet.Field f : sheet.facts()) {
                text(f.label() + ": " + f.value(), fonts.regular(), BODY);
            }

            heading(DocumentText.tr("findings.sheet.section.people", sheet.personLabel().toLowerCase(java.util.Locale.ROOT)));
            List<List<String>> people = new ArrayList<>();
            int n = 1;
            for (CaseSheet.Person p : sheet.people()) {
                people.add(List.of(Integer.toString(n++), p.name(), p.identifier(), p.kind(), p.position() + " / " + p.subUnit()));
            }
            table(List.of(col("findings.sheet.col.no", 0.4f), col("findings.sheet.col.name", 2f),
                    col("findings.sheet.col.identifier", 1.7f), col("findings.sheet.col.kind", 0.8f),
                    col("findings.sheet.col.position", 2.4f)), people);
            if (!sheet.presumptionNote().isEmpty()) {
                text(sheet.presumptionNote(), fonts.italic(), SMALL);
            }

            heading(DocumentText.tr("findings.sheet.section.codes", sheet.violationLabel()));
            table(List.of(col("findings.sheet.col.code", 0.7f), col("findings.sheet.col.description", 4f),
                    col("findings.sheet.col.sanction", 1.8f)),
                    sheet.codes().stream().map(c -> List.of(c.code(), c.description(), c.defaultSanction())).toList());

            heading("findings.sheet.section.chronology");
            text(sheet.chronology(), fonts.regular(), BODY);
            if (!sheet.links().isEmpty()) {
                text(DocumentText.tr("findings.sheet.links") + " " + String.join(" ; ", sheet.links()), fonts.regular(), SMALL);
            }

            heading("findings.sheet.section.evidence");
            List<List<String>> ev = new ArrayList<>();
            n = 1;
            for (CaseSheet.EvidenceLine e : sheet.evidence()) {
                ev.add(List.of(Integer.toString(n++), e.name() + "\n" + e.type() + ", " + e.size(), e.groupedSha256() + "\n" + e.check()));
            }
            table(List.of(col("findings.sheet.col.no", 0.4f), col("findings.sheet.col.file", 2.4f),
                    col("findings.sheet.col.hash", 4.2f)), ev);

            heading("findings.sheet.section.steps");
            if (sheet.steps().isEmpty()) {
                text(DocumentText.tr("findings.sheet.none"), fonts.regular(), BODY);
            }
            for (String s : sheet.steps()) {
                text("• " + s, fonts.regular(), BODY);
            }

            heading("findings.sheet.section.history");
            table(List.of(col("findings.sheet.col.when", 1.6f), col("findings.sheet.col.change", 2f),
                    col("findings.sheet.col.by", 2.6f)),
                    sheet.history().stream().map(h -> List.of(h.when(), h.from() + " → " + h.to(),
                            h.by() + ("-".equals(h.reason()) ? "" : "\n" + h.reason()))).toList());

            heading("findings.sheet.section.team");
            table(List.of(col("findings.sheet.col.team", 2.4f), col("findings.sheet.col.name", 2f),
                    col("findings.sheet.col.role", 1f), col("findings.sheet.col.institution", 1.4f)),
                    sheet.team().stream().map(t -> List.of(t.team(), t.name(), t.role(), t.institution())).toList());

            CaseSheet.Signer s = sheet.signer();
            if (s != null && s.name() != null && !s.name().isBlank()) {
                float column = PaperSize.mm(80);
                Block sig = SignatureBlockRenderer.layout(SignatureBlock.of(s.city(), s.date(),
                        s.position() == null ? null : s.position().toUpperCase(java.util.Locale.ROOT) + ",", s.name(),
                        s.rank(), s.nip() == null || s.nip().isBlank() ? null : "NIP. " + s.nip()), fonts, 11, column);
                ensure(sig.height() + PaperSize.mm(8));
                y -= PaperSize.mm(8);
                sig.draw(page.canvas(), margins.left() + width - column, y);
                y -= sig.height();
            }
        } finally {
            for (PDPageContentStream cs : open) {
                try {
                    cs.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        PageFooter.stamp(doc, fonts, margins);
    }

    private PdfTable.Column col(String key, float weight) {
        return PdfTable.Column.text(DocumentText.tr(key), weight, Align.LEFT);
    }

    private void heading(String keyOrText) {
        String t = keyOrText.startsWith("findings.") ? DocumentText.tr(keyOrText) : keyOrText;
        Paragraph p = new Paragraph(t, fonts.bold(), 11, width, Align.LEFT);
        // a heading never stays alone at the foot of a page
        ensure(p.height() + PaperSize.mm(4) + 40);
        place(p, PaperSize.mm(4));
    }

    /** Wrapped text placed line by line so a long chronology flows onto the next page. */
    private void text(String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size) {
        for (String line : PdfText.wrap(text == null || text.isBlank() ? "-" : text, font, size, width)) {
            place(new Paragraph(line.isEmpty() ? " " : line, font, size, width, Align.LEFT), 0);
        }
        y -= 3;
    }

    private void table(List<PdfTable.Column> columns, List<List<String>> rows) {
        if (rows.isEmpty()) {
            text(DocumentText.tr("findings.sheet.none"), fonts.regular(), BODY);
            return;
        }
        ensure(40);
        y -= 3;
        PdfTable t = new PdfTable(fonts, SMALL + 0.5f, columns);
        PdfTable.Result r = t.draw(new PdfTable.PageArea(page.canvas(), page.x(), y, page.bottom(), width), this::nextPage, rows);
        page = r.page();
        y = r.y() - 4;
    }

    private void place(Block b, float gapBefore) {
        ensure(gapBefore + b.height());
        y -= gapBefore;
        b.draw(page.canvas(), margins.left(), y);
        y -= b.height();
    }

    private void ensure(float height) {
        if (y - height < page.bottom()) {
            page = nextPage();
        }
    }

    private PdfTable.PageArea nextPage() {
        PdfTable.PageArea p = newPage();
        y = p.top();
        return p;
    }

    private PdfTable.PageArea newPage() {
        PDPage pg = new PDPage(paper.rectangle());
        doc.addPage(pg);
        try {
            PDPageContentStream cs = new PDPageContentStream(doc, pg);
            open.add(cs);
            return new PdfTable.PageArea(new PdfCanvas(cs), margins.left(), paper.height() - margins.top(),
                    margins.bottom() + PaperSize.mm(6), width);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
