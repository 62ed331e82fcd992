package id.netra.pacts.store;

import static id.netra.db.schema.Tables.PACT;
import static id.netra.db.schema.Tables.PACT_BATCH;
import static id.netra.db.schema.Tables.PACT_EVENT;
import static id.netra.db.schema.Tables.PACT_TEMPLATE;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.Sequences;
import id.netra.db.schema.tables.records.PactBatchRecord;
import id.netra.db.schema.tables.records.PactEventRecord;
import id.netra.db.schema.tables.records.PactRecord;
import id.netra.db.schema.tables.records.PactTemplateRecord;
import id.netra.pacts.domain.Pact;
import id.netra.pacts.domain.PactEvent;
import id.netra.pacts.domain.PactStatus;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.PrintBatch;
import id.netra.pacts.domain.ScanAttachment;

/**
 * Pacts per person per period, their dated history, print batches and the per-period text. Every
 * change writes the pact row and its {@code pact_event} in one transaction.
 */
public final class PactStore {

    private final Database db;

    /** Where scans of signed sheets are written: encrypted when the store is. */
    public id.netra.db.FileVault files() {
        return db.files();
    }

    public PactStore(Database db) {
        this.db = db;
    }

    // ---- template

    public Optional<PactTemplate> template(long periodId) {
        return db.dsl().selectFrom(PACT_TEMPLATE).where(PACT_TEMPLATE.PERIOD_ID.eq(periodId)).fetchOptional()
                .map(PactStore::toTemplate);
    }

    /** The period's text, or the standard text when none was saved yet. */
    public PactTemplate templateOrStandard(long periodId) {
        return template(periodId).orElseGet(PactTemplate::standard);
    }

    public void saveTemplate(long periodId, PactTemplate t) {
        db.inTransactionRun(ctx -> {
            PactTemplateRecord r = ctx.selectFrom(PACT_TEMPLATE).where(PACT_TEMPLATE.PERIOD_ID.eq(periodId)).fetchOptional()
                    .orElseGet(() -> {
                        PactTemplateRecord fresh = ctx.newRecord(PACT_TEMPLATE);
                        fresh.setPeriodId(periodId);
                        return fresh;
                    });
            r.setTitle(t.title());
            r.setSubtitle(t.subtitle());
            r.setIdentityIntro(t.identityIntro());
            r.setOpening(t.opening());
            r.setCommitments(String.join("\n", t.commitments()));
            r.setSanctionClause(t.sanctionClause());
            r.setClosing(t.closing());
            r.setSuperiorBlock(t.superiorBlock());
            r.setMateraiBox(t.materaiBox());
            r.setUpdatedAt(OffsetDateTime.now());
            r.store();
        });
    }

    private static PactTemplate toTemplate(PactTemplateRecord r) {
        return new PactTemplate(r.getTitle(), r.getSubtitle(), r.getIdentityIntro(), r.getOpening(),
                Arrays.asList(r.getCommitments().split("\n")), r.getSanctionClause(), r.getClosing(),
                r.getSuperiorBlock(), r.getMateraiBox());
    }

    // ---- batches

    /** A fresh batch id for the QR codes of a batch about to be printed; the row is written by {@link #recordPrinted}. */
    public long nextBatchId() {
        return db.dsl().nextval(Sequences.PACT_BATCH_SEQ);
    }

    public List<PrintBatch> batches(long periodId) {
        return db.dsl().selectFrom(PACT_BATCH).where(PACT_BATCH.PERIOD_ID.eq(periodId)).orderBy(PACT_BATCH.ID.desc())
                .fetch(r -> new PrintBatch(r.getId(), r.getPeriodId(), r.getPrintedAt(), r.getSheetCount(),
                        r.getPaperSize(), r.getSelection(), r.getFileName()));
    }

    /**
     * Records a batch and marks its people printed. People printed before get their reprint counted;
     * a signed pact stays signed (a reprint never undoes a signature).
     */
    public void recordPrinted(PrintBatch batch, List<Long> staffIds, LocalDate printedOn) {
        db.inTransactionRun(ctx -> {
            PactBatchRecord b = ctx.newRecord(PACT_BATCH);
            b.setId(batch.id());
            b.setPeriodId(batch.periodId());
            b.setPrintedAt(batch.printedAt());
            b.setSheetCount(staffIds.size());
            b.setPaperSize(batch.paperSize());
            b.setSelection(batch.selection());
            b.setFileName(batch.fileName());
            b.insert();
            Map<Long, PactRecord> existing = new HashMap<>();
            ctx.selectFrom(PACT).where(PACT.PERIOD_ID.eq(batch.periodId())).forEach(r -> existing.put(r.getStaffId(), r));
            OffsetDateTime now = OffsetDateTime.now();
            List<PactRecord> inserts = new ArrayList<>();
            List<PactRecord> updates = new ArrayList<>();
            List<PactEventRecord> events = new ArrayList<>();
            for (Long staffId : staffIds) {
                PactRecord r = existing.get(staffId);
                PactEvent.Kind kind;
                if (r == null) {
                    r = ctx.newRecord(PACT);
                    r.setPeriodId(batch.periodId());
                    r.setStaffId(staffId);
                    r.setStatus(PactStatus.PRINTED.name());
                    r.setPrintCount(1);
                    inserts.add(r);
                    kind = PactEvent.Kind.PRINTED;
                } else {
                    r.setPrintCount(r.getPrintCount() + 1);
                    updates.add(r);
                    kind = PactEvent.Kind.REPRINTED;
                }
                r.setBatchId(batch.id());
                r.setPrintedOn(printedOn);
                r.setUpdatedAt(now);
                events.add(event(ctx, batch.periodId(), staffId, kind, printedOn, batch.id(), null, null, now));
            }
            ctx.batchInsert(inserts).execute();
            ctx.batchUpdate(updates).execute();
            ctx.batchInsert(events).execute();
        });
    }

    // ---- pacts

    public Optional<Pact> pact(long periodId, long staffId) {
        return db.dsl().selectFrom(PACT).where(PACT.PERIOD_ID.eq(periodId), PACT.STAFF_ID.eq(staffId)).fetchOptional()
                .map(PactStore::toPact);
    }

    public Map<Long, Pact> pacts(long periodId) {
        Map<Long, Pact> out = new HashMap<>();
        db.dsl().selectFrom(PACT).where(PACT.PERIOD_ID.eq(periodId)).forEach(r -> out.put(r.getStaffId(), toPact(r)));
        return out;
    }

    public int signedCount(long periodId) {
        return db.dsl().fetchCount(PACT, PACT.PERIOD_ID.eq(periodId).and(PACT.STATUS.eq(PactStatus.SIGNED.name())));
    }

    /**
     * Marks printed pacts signed, in one transaction. People already signed keep their first signing
     * date; people never printed are skipped (there is no sheet to have signed).
     *
     * @return the ids actually changed
     */
    public List<Long> markSigned(long periodId, Collection<Long> staffIds, LocalDate signedOn, String receivedBy) {
        return db.inTransaction(ctx -> {
            List<Long> changed = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now();
            List<PactEventRecord> events = new ArrayList<>();
            List<PactRecord> updates = new ArrayList<>();
            for (PactRecord r : ctx.selectFrom(PACT).where(PACT.PERIOD_ID.eq(periodId), PACT.STAFF_ID.in(staffIds))
                    .and(PACT.STATUS.eq(PactStatus.PRINTED.name())).fetch()) {
                r.setStatus(PactStatus.SIGNED.name());
                r.setSignedOn(signedOn);
                r.setReceivedBy(blankToNull(receivedBy));
                r.setUpdatedAt(now);
                updates.add(r);
                events.add(event(ctx, periodId, r.getStaffId(), PactEvent.Kind.SIGNED, signedOn, r.getBatchId(),
                        blankToNull(receivedBy), null, now));
                changed.add(r.getStaffId());
            }
            ctx.batchUpdate(updates).execute();
            ctx.batchInsert(events).execute();
            return changed;
        });
    }

    /** Undoes a signature on purpose (entered by mistake), with the reason kept in the history. */
    public boolean cancelSignature(long periodId, long staffId, LocalDate on, String reason) {
        return db.inTransaction(ctx -> {
            PactRecord r = ctx.selectFrom(PACT).where(PACT.PERIOD_ID.eq(periodId), PACT.STAFF_ID.eq(staffId)).fetchOptional()
                    .orElse(null);
            if (r == null || !PactStatus.SIGNED.name().equals(r.getStatus())) {
                return false;
            }
            OffsetDateTime now = OffsetDateTime.now();
            r.setStatus(PactStatus.PRINTED.name());
            r.setSignedOn(null);
            r.setReceivedBy(null);
            r.setUpdatedAt(now);
            r.update();
            event(ctx, periodId, staffId, PactEvent.Kind.SIGNATURE_CANCELLED, on, r.getBatchId(), null, reason, now).insert();
            return true;
        });
    }

    public void attachScan(long periodId, long staffId, ScanAttachment scan) {
        db.inTransactionRun(ctx -> {
            PactRecord r = ctx.selectFrom(PACT).where(PACT.PERIOD_ID.eq(periodId), PACT.STAFF_ID.eq(staffId)).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("no pact for staff " + staffId + " in period " + periodId));
            r.setScanPath(scan.relativePath());
            r.setScanSha256(scan.sha256());
            r.setScanMediaType(scan.mediaType());
            r.setScanAttachedAt(scan.attachedAt());
            r.setUpdatedAt(scan.attachedAt());
            r.update();
            event(ctx, periodId, staffId, PactEvent.Kind.SCAN_ATTACHED, scan.attachedAt().toLocalDate(), r.getBatchId(),
                    null, scan.relativePath(), scan.attachedAt()).insert();
        });
    }

    public List<PactEvent> history(long periodId, long staffId) {
        return db.dsl().selectFrom(PACT_EVENT).where(PACT_EVENT.PERIOD_ID.eq(periodId), PACT_EVENT.STAFF_ID.eq(staffId))
                .orderBy(PACT_EVENT.ID).fetch(r -> new PactEvent(r.getPeriodId(), r.getStaffId(),
                        PactEvent.Kind.valueOf(r.getEventKind()), r.getEventDate(), r.getBatchId(), r.getReceivedBy(),
                        r.getNote(), r.getRecordedAt()));
    }

    private static PactEventRecord event(DSLContext ctx, long periodId, long staffId, PactEvent.Kind kind, LocalDate date,
                                         Long batchId, String receivedBy, String note, OffsetDateTime now) {
        PactEventRecord e = ctx.newRecord(PACT_EVENT);
        e.setPeriodId(periodId);
        e.setStaffId(staffId);
        e.setEventKind(kind.name());
        e.setEventDate(date);
        e.setBatchId(batchId);
        e.setReceivedBy(receivedBy);
        e.setNote(note);
        e.setRecordedAt(now);
        return e;
    }

    private static Pact toPact(PactRecord r) {
        ScanAttachment scan = r.getScanPath() == null ? null
                : new ScanAttachment(r.getScanPath(), r.getScanSha256(), r.getScanMediaType(), r.getScanAttachedAt());
        return new Pact(r.getPeriodId(), r.getStaffId(), PactStatus.valueOf(r.getStatus()), r.getBatchId(),
                r.getPrintedOn(), r.getPrintCount(), r.getSignedOn(), r.getReceivedBy(), scan);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
