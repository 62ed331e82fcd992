package id.netra.reports.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.i18n.UserMessage;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.reports.domain.GeneratedReport;
import id.netra.reports.domain.MonthNotes;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.ReportText;
import id.netra.reports.service.ReportService;
import id.netra.ui.TaskRunner;

/**
 * Laporan: pick month and period, see the figures and the pages, write the month's notes, save the
 * PDF (recorded with its hash), the workbook and the JSON. All store and PDF work goes through the
 * {@link TaskRunner}; the page images are rendered off the FX thread.
 */
public final class ReportsViewModel {

    /** Preview resolution: sharp enough to read a table, light enough for a 10-page report. */
    static final float PREVIEW_DPI = 70f;

    private final ReportService service;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final Path reportsFolder;

    private final ObservableList<ElectionPeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObjectProperty<ElectionPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final StringProperty letterNumber = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> letterDate = new SimpleObjectProperty<>();
    private final StringProperty obstacles = new SimpleStringProperty("");
    private final StringProperty copies = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<MonthlyReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> figures = FXCollections.observableArrayList();
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ObservableList<GeneratedReport> history = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> lastSaved = new SimpleObjectProperty<>();

    public ReportsViewModel(ReportService service, TaskRunner runner, Supplier<LocalDate> today, Path reportsFolder) {
        this.service = service;
        this.runner = runner;
        this.today = today;
        this.reportsFolder = reportsFolder;
        YearMonth now = YearMonth.from(today.get());
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i));
        }
        month.set(now.minusMonths(1));
        // a note typed but not yet saved survives leaving and re-opening the screen: notes are read
        // again only when the month or the period changes
        month.addListener((o, a, b) -> loadNotes());
        period.addListener((o, a, b) -> loadNotes());
    }

    /** Loads periods and the register; picks the current period. */
    public void load() {
        runner.run("reports.task.load", p -> new Loaded(service.periods(), service.defaultPeriod().orElse(null),
                service.generated()), loaded -> {
                    periods.setAll(loaded.periods());
                    if (period.get() == null || periods.stream().noneMatch(x -> x.id() == period.get().id())) {
                        period.set(loaded.current());
                    }
                    history.setAll(loaded.history());
                }, this::fail);
    }

    private record Loaded(List<ElectionPeriod> periods, ElectionPeriod current, List<GeneratedReport> history) {
    }

    /** Fills the note fields with what was kept for the chosen month. */
    public void loadNotes() {
        if (period.get() == null || month.get() == null) {
            return;
        }
        YearMonth m = month.get();
        long pid = period.get().id();
        runner.run("reports.task.load", p -> service.notes(m, pid), n -> {
            letterNumber.set(n.letterNumber());
            letterDate.set(n.letterDate());
            obstacles.set(n.obstacles());
            copies.set(String.join("\n", n.copies()));
        }, this::fail);
    }

    private MonthNotes currentNotes() {
        return new MonthNotes(month.get(), period.get().id(), letterNumber.get(), letterDate.get(), obstacles.get(),
                MonthNotes.parseCopies(copies.get()));
    }

    /** Saves the notes, then computes the report as of the month end and renders the preview pages. */
    public void generate() {
        if (period.get() == null) {
            message.set(Messages.tr("reports.error.noPeriods"));
            return;
        }
        MonthNotes notes = currentNotes();
        busy.set(true);
        message.set(Messages.tr("reports.message.building"));
        runner.run("reports.task.build", p -> {
            service.saveNotes(notes);
            MonthlyReport r = service.build(notes.month(), notes.periodId());
            List<BufferedImage> images = new ArrayList<>();
            try (PDDocument doc = service.preview(r)) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    if (p.isCancelled()) {
                        break;
                    }
                    images.add(renderer.renderImageWithDPI(i, PREVIEW_DPI, ImageType.RGB));
                    p.update(i + 1, doc.getNumberOfPages());
                }
            }
            return new Built(r, images);
        }, built -> {
            busy.set(false);
            report.set(built.report());
            figures.setAll(summary(built.report()));
            pages.setAll(built.pages());
            message.set(Messages.tr("reports.message.built", built.pages().size()));
        }, this::fail);
    }

    private record Built(MonthlyReport report, List<BufferedImage> pages) {
    }

    static List<String> summary(MonthlyReport r) {
        List<String> out = new ArrayList<>();
        var h = r.headcountTotal();
        out.add(Messages.tr("reports.figure.asOf", IndonesianDates.format(r.header().month().atEndOfMonth())));
        out.add(Messages.tr("reports.figure.staff", h.total(), h.pns(), h.pppk(), h.nonAsn()));
        var p = r.pactTotal();
        out.add(Messages.tr("reports.figure.pacts", p.signed(), p.staff(), ReportText.percent(p.percent())));
        out.add(Messages.tr("reports.figure.pledges", r.pledges().size(), r.pledgePresentTotal()));
        out.add(Messages.tr("reports.figure.activities", r.activities().size()));
        var f = r.findings();
        out.add(Messages.tr("reports.figure.findings", f.newInMonth(), f.cumulative()));
        out.add(Messages.tr("reports.figure.sanctions", f.sanctionsCumulative(), f.overdue().size()));
        return out;
    }

    /** File name the Sekda's office can sort by: Laporan-Netralitas-2024-10.pdf. */
    public String defaultFileName(String extension) {
        return "Laporan-Netralitas-" + month.get() + "." + extension;
    }

    public Path defaultTarget(String extension) {
        return reportsFolder.resolve(defaultFileName(extension));
    }

    /** Writes the PDF of the report on screen to {@code target} and records it in the register. */
    public void savePdf(Path target) {
        MonthlyReport r = report.get();
        if (r == null) {
            message.set(Messages.tr("reports.message.buildFirst"));
            return;
        }
        busy.set(true);
        runner.run("reports.task.save", p -> {
            GeneratedReport g = service.savePdf(r, target);
            return new Saved(g, service.generated());
        }, saved -> {
            busy.set(false);
            history.setAll(saved.history());
            lastSaved.set(target);
            message.set(Messages.tr("reports.message.saved", target.toAbsolutePath(), saved.line().sha256().substring(0, 16)));
        }, this::fail);
    }

    private record Saved(GeneratedReport line, List<GeneratedReport> history) {
    }

    public void saveWorkbook(Path target) {
        saveOther(target, () -> service.saveWorkbook(report.get(), target));
    }

    public void saveJson(Path target) {
        saveOther(target, () -> service.saveJson(report.get(), target));
    }

    private interface IoWork {
        void run() throws Exception;
    }

    private void saveOther(Path target, IoWork work) {
        if (report.get() == null) {
            message.set(Messages.tr("reports.message.buildFirst"));
            return;
        }
        runner.run("reports.task.save", p -> {
            work.run();
            return target;
        }, t -> message.set(Messages.tr("reports.message.savedOther", t.toAbsolutePath())), this::fail);
    }

    /** Sends the report on screen to a printer the clerk picks (the system print dialog). */
    public void print() {
        MonthlyReport r = report.get();
        if (r == null) {
            message.set(Messages.tr("reports.message.buildFirst"));
            return;
        }
        runner.run("reports.task.print", p -> {
            try (PDDocument doc = service.preview(r)) {
                java.awt.print.PrinterJob job = java.awt.print.PrinterJob.getPrinterJob();
                job.setJobName(defaultFileName("pdf"));
                job.setPageable(new org.apache.pdfbox.printing.PDFPageable(doc));
                if (job.printDialog()) {
                    job.print();
                    return true;
                }
                return false;
            }
        }, done -> message.set(Messages.tr(done ? "reports.message.printed" : "reports.message.printCancelled")),
                this::fail);
    }

    /** Opens the last saved PDF in the system viewer. */
    public void openSaved() {
        Path file = lastSaved.get();
        if (file == null) {
            message.set(Messages.tr("reports.message.saveFirst"));
            return;
        }
        runner.run("reports.task.open", p -> {
            java.awt.Desktop.getDesktop().open(file.toFile());
            return file;
        }, f -> { }, this::fail);
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(UserMessage.describe(t));
    }

    public ObservableList<ElectionPeriod> periods() {
        return periods;
    }

    public ObservableList<YearMonth> months() {
        return months;
    }

    public ObjectProperty<ElectionPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public StringProperty letterNumberProperty() {
        return letterNumber;
    }

    public ObjectProperty<LocalDate> letterDateProperty() {
        return letterDate;
    }

    public StringProperty obstaclesProperty() {
        return obstacles;
    }

    public StringProperty copiesProperty() {
        return copies;
    }

    public ReadOnlyObjectProperty<MonthlyReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<String> figures() {
        return figures;
    }

    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public ObservableList<GeneratedReport> history() {
        return history;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Path> lastSavedProperty() {
        return lastSaved;
    }

    public ReportService service() {
        return service;
    }

    public TaskRunner runner() {
        return runner;
    }

    LocalDate today() {
        return today.get();
    }
}
