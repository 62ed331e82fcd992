package id.netra.pacts.store;

import static id.netra.db.schema.Tables.PLEDGE_ATTENDANCE;
import static id.netra.db.schema.Tables.PLEDGE_EVENT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.impl.DSL;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.PledgeAttendanceRecord;
import id.netra.db.schema.tables.records.PledgeEventRecord;
import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.PledgeEvent;

/** Ikrar assemblies and who attended them. */
public final class PledgeStore {

    private final Database db;

    public PledgeStore(Database db) {
        this.db = db;
    }

    /** Inserts (id 0) or updates an event; returns its id. */
    public long save(PledgeEvent e) {
        return db.inTransaction(ctx -> {
            PledgeEventRecord r = e.id() == 0 ? ctx.newRecord(PLEDGE_EVENT)
                    : ctx.selectFrom(PLEDGE_EVENT).where(PLEDGE_EVENT.ID.eq(e.id())).fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("pledge event " + e.id() + " is gone"));
            r.setPeriodId(e.periodId());
            r.setHeldOn(e.heldOn());
            r.setPlace(e.place().strip());
            r.setLedBy(e.ledBy() == null || e.ledBy().isBlank() ? null : e.ledBy().strip());
            r.setPledgeText(e.text());
            if (r.getCreatedAt() == null) {
                r.setCreatedAt(OffsetDateTime.now());
            }
            r.store();
            return r.getId();
        });
    }

    public List<PledgeEvent> events(long periodId) {
        return db.dsl().selectFrom(PLEDGE_EVENT).where(PLEDGE_EVENT.PERIOD_ID.eq(periodId))
                .orderBy(PLEDGE_EVENT.HELD_ON.desc(), PLEDGE_EVENT.ID.desc()).fetch(PledgeStore::toDomain);
    }

    public Optional<PledgeEvent> event(long id) {
        return db.dsl().selectFrom(PLEDGE_EVENT).where(PLEDGE_EVENT.ID.eq(id)).fetchOptional().map(PledgeStore::toDomain);
    }

    public void delete(long eventId) {
        db.inTransactionRun(ctx -> ctx.deleteFrom(PLEDGE_EVENT).where(PLEDGE_EVENT.ID.eq(eventId)).execute());
    }

    public Map<Long, Attendance> attendance(long eventId) {
        Map<Long, Attendance> out = new HashMap<>();
        db.dsl().selectFrom(PLEDGE_ATTENDANCE).where(PLEDGE_ATTENDANCE.EVENT_ID.eq(eventId))
                .forEach(r -> out.put(r.getStaffId(), Attendance.valueOf(r.getAttendance())));
        return out;
    }

    /** Records (or changes) attendance of many people at once, all or nothing. */
    public void record(long eventId, Map<Long, Attendance> entries) {
        db.inTransactionRun(ctx -> {
            OffsetDateTime now = OffsetDateTime.now();
            // replace rather than merge: one delete and one batch insert, simple and fast for a whole school
            ctx.deleteFrom(PLEDGE_ATTENDANCE).where(PLEDGE_ATTENDANCE.EVENT_ID.eq(eventId),
                    PLEDGE_ATTENDANCE.STAFF_ID.in(entries.keySet())).execute();
            List<PledgeAttendanceRecord> rows = new ArrayList<>();
            for (Map.Entry<Long, Attendance> e : entries.entrySet()) {
                PledgeAttendanceRecord r = ctx.newRecord(PLEDGE_ATTENDANCE);
                r.setEventId(eventId);
                r.setStaffId(e.getKey());
                r.setAttendance(e.getValue().name());
                r.setRecordedAt(now);
                rows.add(r);
            }
            ctx.batchInsert(rows).execute();
        });
    }

    public Map<Attendance, Integer> counts(long eventId) {
        Map<Attendance, Integer> out = new EnumMap<>(Attendance.class);
        db.dsl().select(PLEDGE_ATTENDANCE.ATTENDANCE, DSL.count()).from(PLEDGE_ATTENDANCE)
                .where(PLEDGE_ATTENDANCE.EVENT_ID.eq(eventId)).groupBy(PLEDGE_ATTENDANCE.ATTENDANCE)
                .forEach(r -> out.put(Attendance.valueOf(r.value1()), r.value2()));
        return out;
    }

    private static PledgeEvent toDomain(PledgeEventRecord r) {
        return new PledgeEvent(r.getId(), r.getPeriodId(), r.getHeldOn(), r.getPlace(), r.getLedBy(), r.getPledgeText());
    }
}
