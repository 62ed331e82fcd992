package id.netra.findings.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import id.netra.db.Database;
import id.netra.findings.domain.Viewer;
import id.netra.findings.print.CaseSheetRenderer;
import id.netra.findings.service.CaseSheetAssembler;
import id.netra.findings.service.FindingsService;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.store.OpdProfileStore;

/** The same printer the app wires, for tests, and reading a PDF back as text. */
final class FindingsPrinting {

    private FindingsPrinting() {
    }

    static FindingsContext.CaseSummaryPrinter printer(FindingsService service, Database db, LocalDate today) {
        CaseSheetAssembler assembler = new CaseSheetAssembler(service,
                () -> new OpdProfileStore(db).load().orElse(OpdProfile.empty()), ZoneId.of("Asia/Jakarta"));
        return (caseId, folder) -> CaseSheetRenderer.write(assembler.assemble(caseId, Viewer.CLERK, today), folder);
    }

    static String textOf(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
