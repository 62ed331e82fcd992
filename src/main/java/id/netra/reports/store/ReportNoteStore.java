package id.netra.reports.store;

import static id.netra.db.schema.Tables.REPORT_GENERATED;
import static id.netra.db.schema.Tables.REPORT_NOTE;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.ReportNoteRecord;
import id.netra.reports.domain.GeneratedReport;
import id.netra.reports.domain.MonthNotes;

/** The clerk's notes per month (letter number and date, section V, tembusan) and the register of PDFs. */
public final class ReportNoteStore {

    private final Database db;

    public ReportNoteStore(Database db) {
        this.db = db;
    }

    /** The notes kept for the month, or the defaults when nothing was written yet. */
    public MonthNotes load(YearMonth month, long periodId) {
        return db.dsl().selectFrom(REPORT_NOTE)
                .where(REPORT_NOTE.REPORT_MONTH.eq(month.toString()), REPORT_NOTE.PERIOD_ID.eq(periodId))
                .fetchOptional(r -> new MonthNotes(month, periodId, r.getLetterNumber(), r.getLetterDate(),
                        r.getObstacles(), MonthNotes.parseCopies(r.getCopies())))
                .orElseGet(() -> MonthNotes.empty(month, periodId));
    }

    public void save(MonthNotes notes) {
        db.inTransactionRun(ctx -> {
            ReportNoteRecord r = ctx.selectFrom(REPORT_NOTE)
                    .where(REPORT_NOTE.REPORT_MONTH.eq(notes.month().toString()), REPORT_NOTE.PERIOD_ID.eq(notes.periodId()))
                    .fetchOptional().orElseGet(() -> {
                        ReportNoteRecord n = ctx.newRecord(REPORT_NOTE);
                        n.setReportMonth(notes.month().toString());
                        n.setPeriodId(notes.periodId());
                        return n;
                    });
            r.setLetterNumber(notes.letterNumber());
            r.setLetterDate(notes.letterDate());
            r.setObstacles(notes.obstacles());
            r.setCopies(String.join("\n", notes.copies()));
            r.setUpdatedAt(OffsetDateTime.now());
            r.store();
        });
    }

    public GeneratedReport recordGenerated(YearMonth month, long periodId, OffsetDateTime at, String fileName,
                                           String sha256) {
        long id = db.inTransaction(ctx -> ctx.insertInto(REPORT_GENERATED)
                .set(REPORT_GENERATED.REPORT_MONTH, month.toString())
                .set(REPORT_GENERATED.PERIOD_ID, periodId)
                .set(REPORT_GENERATED.GENERATED_AT, at)
                .set(REPORT_GENERATED.FILE_NAME, fileName)
                .set(REPORT_GENERATED.SHA256, sha256)
                .returning(REPORT_GENERATED.ID).fetchOne().getId());
        return new GeneratedReport(id, month, periodId, at, fileName, sha256);
    }

    /** Newest first. */
    public List<GeneratedReport> generated() {
        return db.dsl().selectFrom(REPORT_GENERATED).orderBy(REPORT_GENERATED.GENERATED_AT.desc(), REPORT_GENERATED.ID.desc())
                .fetch(r -> new GeneratedReport(r.getId(), YearMonth.parse(r.getReportMonth()), r.getPeriodId(),
                        r.getGeneratedAt(), r.getFileName(), r.getSha256()));
    }
}
