package id.netra.reports.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;

import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.store.PeriodStore;
import id.netra.reports.domain.GeneratedReport;
import id.netra.reports.domain.MonthCut;
import id.netra.reports.domain.MonthNotes;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.ReportCalculator;
import id.netra.reports.domain.ReportHeader;
import id.netra.reports.io.ReportJson;
import id.netra.reports.io.ReportWorkbook;
import id.netra.reports.print.MonthlyReportRenderer;
import id.netra.reports.store.ReportFactsStore;
import id.netra.reports.store.ReportNoteStore;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.store.OpdProfileStore;

/**
 * The monthly report use cases: assemble the figures of a month as of its last moment, keep the
 * clerk's notes with the month, write the PDF/A (recorded with its SHA-256), the workbook and the JSON.
 * The screen and the CLI both go through here, so they cannot produce different figures.
 */
public final class ReportService {

    private final OpdProfileStore profiles;
    private final PeriodStore periods;
    private final ReportNoteStore notes;
    private final ReportFactsStore facts;
    private final ZoneId zone;
    private final Clock clock;

    public ReportService(OpdProfileStore profiles, PeriodStore periods, ReportNoteStore notes, ReportFactsStore facts,
                         Clock clock) {
        this.profiles = profiles;
        this.periods = periods;
        this.notes = notes;
        this.facts = facts;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public List<ElectionPeriod> periods() {
        return periods.list();
    }

    /** The current period, else the latest one; empty when no period exists yet. */
    public Optional<ElectionPeriod> defaultPeriod() {
        return periods.current().or(() -> periods.list().stream().findFirst());
    }

    public MonthNotes notes(YearMonth month, long periodId) {
        return notes.load(month, periodId);
    }

    public void saveNotes(MonthNotes monthNotes) {
        notes.save(monthNotes);
    }

    public List<GeneratedReport> generated() {
        return notes.generated();
    }

    public MonthlyReport build(YearMonth month, long periodId) throws ReportException {
        OpdProfile profile = profiles.load().orElseThrow(() -> new ReportException("reports.error.noProfile"));
        ElectionPeriod period = periods.list().stream().filter(p -> p.id() == periodId).findFirst()
                .orElseThrow(() -> new ReportException("reports.error.noPeriod", periodId));
        if (month.isAfter(YearMonth.now(clock))) {
            throw new ReportException("reports.error.futureMonth", month.toString());
        }
        MonthNotes n = notes.load(month, periodId);
        LocalDate letterDate = n.letterDate() != null ? n.letterDate() : LocalDate.now(clock);
        ReportHeader header = new ReportHeader(profile, month, periodId, period.name(), n.letterNumber(), letterDate);
        MonthCut cut = new MonthCut(month, zone);
        return ReportCalculator.compute(header, n, facts.read(cut, periodId), cut);
    }

    /** Writes the PDF/A, records it in the register with its hash, and returns the register line. */
    public GeneratedReport savePdf(MonthlyReport report, Path target) throws IOException {
        new MonthlyReportRenderer(report).save(target);
        String hash = id.netra.safety.domain.Sha256.hex(target);
        return notes.recordGenerated(report.header().month(), report.header().periodId(),
                OffsetDateTime.now(clock), target.toAbsolutePath().toString(), hash);
    }

    /** The document for the preview (not saved, not recorded); the caller closes it. */
    public PDDocument preview(MonthlyReport report) throws IOException {
        return id.netra.pdf.PdfDocuments.asWritten(new MonthlyReportRenderer(report).render());
    }

    public void saveWorkbook(MonthlyReport report, Path target) throws IOException {
        ReportWorkbook.write(report, target);
    }

    public void saveJson(MonthlyReport report, Path target) throws IOException {
        ReportJson.write(report, target);
    }

}
