package id.netra.staff.store;

import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.STAFF_HISTORY;
import static id.netra.db.schema.Tables.STAFF_IMPORT_LOG;
import static id.netra.db.schema.Tables.STAFF_IMPORT_MAPPING;
import static id.netra.db.schema.Tables.SUB_UNIT;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.StaffHistoryRecord;
import id.netra.db.schema.tables.records.StaffRecord;
import id.netra.staff.domain.HistoryEntry;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.RosterChanges;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.StaffSubUnit;

/**
 * The roster in the store: people, their dated departures, the history of every change, sub-units
 * with their heads, and the import bookkeeping. People are never deleted: pacts, findings and old
 * reports point at them, so leaving is a dated deactivation.
 */
public final class RosterStore {

    private final Database db;

    public RosterStore(Database db) {
        this.db = Objects.requireNonNull(db);
    }

    // ---- reading

    /** Everyone, active or not, ordered by name: the list screen filters in memory. */
    public List<StaffMember> listAll() {
        Map<Long, String> units = unitNames(db.dsl());
        List<StaffMember> all = new ArrayList<>();
        for (StaffRecord r : db.dsl().selectFrom(STAFF).orderBy(STAFF.NAME, STAFF.ID).fetch()) {
            all.add(StaffRecords.toMember(r, units));
        }
        return all;
    }

    /** People on the roster on {@code day} (deactivated ones drop out from their inactive date). */
    public List<StaffMember> listActiveOn(LocalDate day) {
        return listAll().stream().filter(m -> m.isActiveOn(day)).toList();
    }

    public int count() {
        return db.dsl().fetchCount(STAFF);
    }

    /** Headcount per kind of the staff on the roster on {@code day}. */
    public Map<StaffKind, Integer> countByKind(LocalDate day) {
        Map<StaffKind, Integer> counts = new EnumMap<>(StaffKind.class);
        for (StaffKind k : StaffKind.values()) {
            counts.put(k, 0);
        }
        db.dsl().select(STAFF.KIND, DSL.count()).from(STAFF)
                .where(STAFF.ACTIVE.isTrue().or(STAFF.INACTIVE_DATE.gt(day)))
                .groupBy(STAFF.KIND)
                .forEach(r -> counts.put(StaffKind.valueOf(r.value1()), r.value2()));
        return counts;
    }

    public int countActiveOn(LocalDate day) {
        return db.dsl().fetchCount(STAFF, STAFF.ACTIVE.isTrue().or(STAFF.INACTIVE_DATE.gt(day)));
    }

    public Optional<StaffMember> find(long id) {
        StaffRecord r = db.dsl().selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchOne();
        return r == null ? Optional.empty() : Optional.of(StaffRecords.toMember(r, unitNames(db.dsl())));
    }

    /**
     * The person's changes, oldest first. Creation is not stored as a line: the person's row keeps
     * when it was created, and an import log entry of that same instant names the file (writing
     * 20,000 such lines took a tenth of an import). Stores written before schema V9 keep their stored
     * creation lines, which are shown as they are.
     */
    public List<HistoryEntry> history(long staffId) {
        DSLContext ctx = db.dsl();
        List<HistoryEntry> entries = new ArrayList<>();
        for (StaffHistoryRecord h : ctx.selectFrom(STAFF_HISTORY).where(STAFF_HISTORY.STAFF_ID.eq(staffId))
                .orderBy(STAFF_HISTORY.CHANGED_AT, STAFF_HISTORY.ID).fetch()) {
            entries.add(new HistoryEntry(h.getChangedAt(), HistoryEntry.Event.valueOf(h.getEvent()),
                    h.getFieldName() == null ? null : StaffField.valueOf(h.getFieldName()), h.getOldText(),
                    h.getNewText(), HistoryEntry.Source.valueOf(h.getSource()), h.getNote()));
        }
        boolean stored = entries.stream().anyMatch(e -> e.event() == HistoryEntry.Event.CREATED);
        OffsetDateTime created = ctx.select(STAFF.CREATED_AT).from(STAFF).where(STAFF.ID.eq(staffId))
                .fetchOne(r -> r.value1());
        if (!stored && created != null) {
            String file = ctx.select(STAFF_IMPORT_LOG.FILE_NAME).from(STAFF_IMPORT_LOG)
                    .where(STAFF_IMPORT_LOG.IMPORTED_AT.eq(created)).limit(1).fetchOne(r -> r.value1());
            entries.add(0, new HistoryEntry(created, HistoryEntry.Event.CREATED, null, null, null,
                    file == null ? HistoryEntry.Source.FORM : HistoryEntry.Source.IMPORT, file));
        }
        return entries;
    }

    // ---- single edits (the form)

    /** Adds a person typed in the form; returns the new id. */
    public long add(StaffDraft draft) {
        try {
            return db.inTransaction(ctx -> {
                return insert(ctx, draft, resolveUnit(ctx, draft.subUnitName()), now());
            });
        } catch (IntegrityConstraintViolationException e) {
            throw DuplicateNumberException.of(e);
        }
    }

    /** Saves the form's changes, one history line per changed field. */
    public void update(long id, StaffDraft draft) {
        try {
            db.inTransactionRun(ctx -> update(ctx, id, draft, HistoryEntry.Source.FORM, null, now()));
        } catch (IntegrityConstraintViolationException e) {
            throw DuplicateNumberException.of(e);
        }
    }

    /** Takes a person off the roster from {@code date} on; they stay in history and old reports. */
    public void deactivate(long id, InactiveReason reason, LocalDate date, String note) {
        db.inTransactionRun(ctx -> deactivate(ctx, id, reason, date, note, HistoryEntry.Source.FORM, now()));
    }

    public void reactivate(long id) {
        db.inTransactionRun(ctx -> {
            ctx.update(STAFF).set(STAFF.ACTIVE, true).setNull(STAFF.INACTIVE_REASON).setNull(STAFF.INACTIVE_DATE)
                    .setNull(STAFF.INACTIVE_NOTE).set(STAFF.UPDATED_AT, now()).where(STAFF.ID.eq(id)).execute();
            history(ctx, id, HistoryEntry.Event.REACTIVATED, null, null, null, HistoryEntry.Source.FORM, null, now());
        });
    }

    // ---- import

    /**
     * Applies an import in one transaction. {@code cancelled} is polled between rows: when it turns
     * true the transaction rolls back and the roster is as it was.
     */
    public void apply(RosterChanges changes, BooleanSupplier cancelled, ProgressSink progress) {
        db.inBulkTransaction(ctx -> applyIn(ctx, changes, cancelled, progress));
    }

    /**
     * The same inside the caller's transaction ({@code ctx}): the sample loader adds the roster in
     * the transaction that also creates the OPD's sub-units and periods.
     */
    public static void applyIn(DSLContext ctx, RosterChanges changes, BooleanSupplier cancelled,
            ProgressSink progress) {
        OffsetDateTime at = now();
        String note = changes.fileName();
        long total = changes.size();
        Map<String, Long> units = new HashMap<>();
        for (StaffDraft d : changes.creates()) {
            if (d.subUnitName() != null) {
                units.computeIfAbsent(d.subUnitName(), n -> resolveUnit(ctx, n));
            }
        }
        for (StaffDraft d : changes.updates().values()) {
            if (d.subUnitName() != null) {
                units.computeIfAbsent(d.subUnitName(), n -> resolveUnit(ctx, n));
            }
        }
        long done = insertNew(ctx, changes.creates(), units, at, cancelled, progress, total);
        // changed people: their rows fetched and their history lines written a thousand at a time
        Map<Long, String> unitNames = unitNames(ctx);
        List<StaffHistoryRecord> lines = new ArrayList<>();
        List<Long> ids = new ArrayList<>(changes.updates().keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (StaffRecord r : ctx.selectFrom(STAFF).where(STAFF.ID.in(chunk)).fetch()) {
                StaffDraft draft = changes.updates().get(r.getId());
                Long unitId = draft.subUnitName() == null ? null : units.get(draft.subUnitName());
                lines.addAll(change(ctx, r, draft, unitNames, unitId, HistoryEntry.Source.IMPORT, note, at));
                if ((++done & 255) == 0) {
                    checkCancelled(cancelled);
                    progress.update(done, total);
                }
            }
            if (!lines.isEmpty()) {
                ctx.batchInsert(lines).execute();
                lines.clear();
            }
        }
        for (Long id : changes.deactivations()) {
            deactivate(ctx, id, changes.deactivationReason(), changes.deactivationDate(), note,
                    HistoryEntry.Source.IMPORT, at);
            done++;
        }
        checkCancelled(cancelled);
        ctx.insertInto(STAFF_IMPORT_LOG)
                .set(STAFF_IMPORT_LOG.FILE_NAME, clip(changes.fileName(), 400))
                .set(STAFF_IMPORT_LOG.IMPORTED_AT, at)
                .set(STAFF_IMPORT_LOG.NEW_COUNT, changes.creates().size())
                .set(STAFF_IMPORT_LOG.UPDATED_COUNT, changes.updates().size())
                .set(STAFF_IMPORT_LOG.UNCHANGED_COUNT, changes.unchanged())
                .set(STAFF_IMPORT_LOG.REJECTED_COUNT, changes.rejected())
                .set(STAFF_IMPORT_LOG.DEACTIVATED_COUNT, changes.deactivations().size())
                .execute();
        progress.update(total, total);
    }

    private static final int BATCH = 2000;

    /**
     * New people in JDBC batches of one prepared statement. jOOQ renders the statement once; the
     * values are bound on JDBC directly because jOOQ's per-value binding took a tenth of a
     * 20,000-row import.
     */
    private static long insertNew(DSLContext ctx, List<StaffDraft> creates, Map<String, Long> units,
            OffsetDateTime at, BooleanSupplier cancelled, ProgressSink progress, long total) {
        // the columns a new person fills, in the order the statement binds them
        List<org.jooq.TableField<StaffRecord, ?>> columns = List.of(STAFF.KIND, STAFF.NIP, STAFF.NIK,
                STAFF.INTERNAL_NO, STAFF.NAME, STAFF.TITLE_FRONT, STAFF.TITLE_BACK, STAFF.SEX, STAFF.BIRTH_PLACE,
                STAFF.BIRTH_DATE, STAFF.GRADE, STAFF.POSITION, STAFF.POSITION_TYPE, STAFF.SUB_UNIT_ID, STAFF.PHONE,
                STAFF.EMAIL, STAFF.ACTIVE, STAFF.CREATED_AT, STAFF.UPDATED_AT);
        String sql = ctx.render(ctx.insertInto(STAFF).columns(columns)
                .values(java.util.Collections.nCopies(columns.size(), (Object) null)));
        StaffRecord r = new StaffRecord();
        return ctx.connectionResult(c -> {
            long done = 0;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int pending = 0;
                for (StaffDraft d : creates) {
                    // the same mapping the form's save uses, read back column by column
                    StaffRecords.fill(r, d, d.subUnitName() == null ? null : units.get(d.subUnitName()));
                    r.setActive(true);
                    r.setCreatedAt(at);
                    r.setUpdatedAt(at);
                    for (int i = 0; i < columns.size(); i++) {
                        ps.setObject(i + 1, r.get(columns.get(i)));
                    }
                    ps.addBatch();
                    if (++pending == BATCH) {
                        checkCancelled(cancelled);
                        ps.executeBatch();
                        done += pending;
                        progress.update(done, total);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    done += pending;
                    progress.update(done, total);
                }
            }
            return done;
        });
    }

    /** Receives progress of {@link #apply}; called on the importing thread. */
    @FunctionalInterface
    public interface ProgressSink {
        ProgressSink NONE = (done, total) -> { };

        void update(long done, long total);
    }

    /** Thrown inside the transaction when the clerk cancels; the transaction rolls back. */
    public static final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("cancelled");
        }
    }

    public Optional<String> rememberedMapping(String headerSignature) {
        return db.dsl().select(STAFF_IMPORT_MAPPING.MAPPING_JSON).from(STAFF_IMPORT_MAPPING)
                .where(STAFF_IMPORT_MAPPING.HEADER_SIGNATURE.eq(headerSignature)).fetchOptional(r -> r.value1());
    }

    public void rememberMapping(String headerSignature, String json) {
        db.dsl().mergeInto(STAFF_IMPORT_MAPPING)
                .using(DSL.selectOne())
                .on(STAFF_IMPORT_MAPPING.HEADER_SIGNATURE.eq(headerSignature))
                .whenMatchedThenUpdate().set(STAFF_IMPORT_MAPPING.MAPPING_JSON, json)
                .set(STAFF_IMPORT_MAPPING.UPDATED_AT, now())
                .whenNotMatchedThenInsert(STAFF_IMPORT_MAPPING.HEADER_SIGNATURE, STAFF_IMPORT_MAPPING.MAPPING_JSON,
                        STAFF_IMPORT_MAPPING.UPDATED_AT)
                .values(headerSignature, json, now())
                .execute();
    }

    public int importCount() {
        return db.dsl().fetchCount(STAFF_IMPORT_LOG);
    }

    // ---- sub-units

    public List<StaffSubUnit> subUnits() {
        return db.dsl().selectFrom(SUB_UNIT).orderBy(SUB_UNIT.SORT_ORDER, SUB_UNIT.NAME).fetch(r -> new StaffSubUnit(
                r.getId(), r.getName(), r.getKind(), r.getSortOrder(), r.getHeadStaffId(), r.getActive()));
    }

    /** Adds ({@code id} null) or changes a sub-unit; returns its id. */
    public long saveSubUnit(Long id, String name, String kind, Long headStaffId) {
        return db.inTransaction(ctx -> {
            if (id == null) {
                int order = ctx.select(DSL.coalesce(DSL.max(SUB_UNIT.SORT_ORDER), 0)).from(SUB_UNIT).fetchOne().value1();
                return ctx.insertInto(SUB_UNIT).set(SUB_UNIT.NAME, name.strip()).set(SUB_UNIT.KIND, kind)
                        .set(SUB_UNIT.SORT_ORDER, order + 1).set(SUB_UNIT.HEAD_STAFF_ID, headStaffId)
                        .returning(SUB_UNIT.ID).fetchOne().getId();
            }
            ctx.update(SUB_UNIT).set(SUB_UNIT.NAME, name.strip()).set(SUB_UNIT.KIND, kind)
                    .set(SUB_UNIT.HEAD_STAFF_ID, headStaffId).where(SUB_UNIT.ID.eq(id)).execute();
            return id;
        });
    }

    // ---- internals

    private static long insert(DSLContext ctx, StaffDraft d, Long unitId, OffsetDateTime at) {
        StaffRecord r = ctx.newRecord(STAFF);
        StaffRecords.fill(r, d, unitId);
        r.setActive(true);
        r.setCreatedAt(at);
        r.setUpdatedAt(at);
        r.store();
        return r.getId();
    }

    private static void update(DSLContext ctx, long id, StaffDraft draft, HistoryEntry.Source source, String note,
            OffsetDateTime at) {
        StaffRecord r = ctx.selectFrom(STAFF).where(STAFF.ID.eq(id)).fetchSingle();
        List<StaffHistoryRecord> lines = change(ctx, r, draft, unitNames(ctx, r.getSubUnitId()),
                resolveUnit(ctx, draft.subUnitName()), source, note, at);
        if (!lines.isEmpty()) {
            ctx.batchInsert(lines).execute();
        }
    }

    /**
     * Writes {@code draft} over the person in {@code r} when anything differs; returns one history
     * line per changed field for the caller to write. {@code unitNames} must know r's sub-unit.
     */
    private static List<StaffHistoryRecord> change(DSLContext ctx, StaffRecord r, StaffDraft draft,
            Map<Long, String> unitNames, Long unitId, HistoryEntry.Source source, String note, OffsetDateTime at) {
        StaffDraft before = StaffRecords.toMember(r, unitNames).draft();
        List<StaffField> changed = draft.differencesFrom(before);
        if (changed.isEmpty()) {
            return List.of();
        }
        StaffRecords.fill(r, draft, unitId);
        r.setUpdatedAt(at);
        r.store();
        List<StaffHistoryRecord> lines = new ArrayList<>();
        for (StaffField f : changed) {
            lines.add(historyRecord(ctx, r.getId(), HistoryEntry.Event.UPDATED, f, StaffRecords.text(before.value(f)),
                    StaffRecords.text(draft.value(f)), source, note, at));
        }
        return lines;
    }

    private static void deactivate(DSLContext ctx, long id, InactiveReason reason, LocalDate date, String note,
            HistoryEntry.Source source, OffsetDateTime at) {
        ctx.update(STAFF).set(STAFF.ACTIVE, false).set(STAFF.INACTIVE_REASON, reason.name())
                .set(STAFF.INACTIVE_DATE, date).set(STAFF.INACTIVE_NOTE, clip(note, 400)).set(STAFF.UPDATED_AT, at)
                .where(STAFF.ID.eq(id)).execute();
        history(ctx, id, HistoryEntry.Event.DEACTIVATED, null, null, reason.name() + " " + date, source, note, at);
    }

    private static void history(DSLContext ctx, long id, HistoryEntry.Event event, StaffField field, String oldText,
            String newText, HistoryEntry.Source source, String note, OffsetDateTime at) {
        historyRecord(ctx, id, event, field, oldText, newText, source, note, at).insert();
    }

    private static StaffHistoryRecord historyRecord(DSLContext ctx, Long id, HistoryEntry.Event event,
            StaffField field, String oldText, String newText, HistoryEntry.Source source, String note,
            OffsetDateTime at) {
        StaffHistoryRecord h = ctx.newRecord(STAFF_HISTORY);
        h.setStaffId(id);
        h.setChangedAt(at);
        h.setEvent(event.name());
        h.setFieldName(field == null ? null : field.name());
        h.setOldText(oldText);
        h.setNewText(newText);
        h.setSource(source.name());
        h.setNote(clip(note, 400));
        return h;
    }

    /** The sub-unit's id by name, created when the roster does not know it yet. */
    private static Long resolveUnit(DSLContext ctx, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Long id = ctx.select(SUB_UNIT.ID).from(SUB_UNIT).where(SUB_UNIT.NAME.eq(name.strip())).fetchOne(r -> r.value1());
        if (id != null) {
            return id;
        }
        int order = ctx.select(DSL.coalesce(DSL.max(SUB_UNIT.SORT_ORDER), 0)).from(SUB_UNIT).fetchOne().value1();
        return ctx.insertInto(SUB_UNIT).set(SUB_UNIT.NAME, name.strip())
                .set(SUB_UNIT.KIND, StaffSubUnit.kindFromName(name)).set(SUB_UNIT.SORT_ORDER, order + 1)
                .returning(SUB_UNIT.ID).fetchOne().getId();
    }

    private static Map<Long, String> unitNames(DSLContext ctx) {
        Map<Long, String> names = new HashMap<>();
        ctx.select(SUB_UNIT.ID, SUB_UNIT.NAME).from(SUB_UNIT).forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    private static Map<Long, String> unitNames(DSLContext ctx, Long id) {
        if (id == null) {
            return Map.of();
        }
        return Map.of(id, ctx.select(SUB_UNIT.NAME).from(SUB_UNIT).where(SUB_UNIT.ID.eq(id)).fetchOne().value1());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancelledException();
        }
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime now() {
        // the store keeps microseconds: a truncated instant compares equal after the round trip
        return OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
