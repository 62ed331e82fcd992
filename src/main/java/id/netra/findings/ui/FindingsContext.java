package id.netra.findings.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import id.netra.findings.domain.Viewer;
import id.netra.findings.service.FindingsService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.SubUnit;
import id.netra.ui.TaskRunner;

/**
 * What the Temuan screens need from the rest of the app, gathered once by the composition root.
 * The roster comes in as functions (everyone, or one person by id) so these screens never depend on
 * how the staff capability stores it.
 */
public record FindingsContext(
        FindingsService service,
        Supplier<List<StaffMember>> roster,
        java.util.function.LongFunction<java.util.Optional<StaffMember>> person,
        Supplier<List<SubUnit>> subUnits,
        Supplier<List<ElectionPeriod>> periods,
        TaskRunner runner,
        Supplier<LocalDate> today,
        FilePicker filePicker,
        Supplier<Viewer> viewer,
        String actor,
        Path exportsDir,
        Supplier<CaseSummaryPrinter> printer) {

    /** Chooses an evidence file; the desktop shows a FileChooser, tests hand in a path. */
    @FunctionalInterface
    public interface FilePicker {
        Optional<Path> pick(Window owner);
    }

    /** Writes the per-case summary PDF; comes from the print package so screens never see PDFBox. */
    @FunctionalInterface
    public interface CaseSummaryPrinter {
        Path print(long caseId, Path folder) throws Exception;
    }
}
