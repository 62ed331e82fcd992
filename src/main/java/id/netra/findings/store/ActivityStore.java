package id.netra.findings.store;

import static id.netra.db.schema.Tables.ACTIVITY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.ActivityRecord;
import id.netra.findings.domain.Activity;
import id.netra.findings.domain.ActivityKind;

/**
 * The one list of prevention activities. Pakta &amp; Ikrar records its apel ikrar here too (source
 * PACTS), so the monthly report reads {@link #between} and sees every event once.
 */
public final class ActivityStore {

    private final Database db;
    private final Clock clock;

    public ActivityStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public long save(Activity a) {
        FindingsInputException.throwIfAny(a.validate());
        return db.inTransaction(ctx -> {
            ActivityRecord r = a.id() == 0 ? ctx.newRecord(ACTIVITY)
                    : ctx.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(a.id())).fetchOne();
            if (r == null) {
                throw FindingsInputException.of("findings.activity.error.missing", a.id());
            }
            r.setKind(a.kind().name());
            r.setTitle(a.title());
            r.setStartDate(a.startDate());
            r.setEndDate(a.endDate());
            r.setPlace(a.place());
            r.setParticipants(a.participants());
            r.setNotes(CaseStore.blankToNull(a.notes()));
            r.setSource(a.source());
            if (r.getCreatedAt() == null) {
                r.setCreatedAt(OffsetDateTime.now(clock));
            }
            r.store();
            return r.getId();
        });
    }

    public void delete(long id) {
        db.dsl().deleteFrom(ACTIVITY).where(ACTIVITY.ID.eq(id)).execute();
    }

    public List<Activity> all() {
        return between(null, null);
    }

    /** Activities overlapping [from, to] (either bound may be null), oldest first. */
    public List<Activity> between(LocalDate from, LocalDate to) {
        Condition c = DSL.trueCondition();
        if (to != null) {
            c = c.and(ACTIVITY.START_DATE.le(to));
        }
        if (from != null) {
            c = c.and(DSL.coalesce(ACTIVITY.END_DATE, ACTIVITY.START_DATE).ge(from));
        }
        return db.dsl().selectFrom(ACTIVITY).where(c).orderBy(ACTIVITY.START_DATE, ACTIVITY.ID).fetch()
                .map(r -> new Activity(r.getId(), ActivityKind.valueOf(r.getKind()), r.getTitle(), r.getStartDate(),
                        r.getEndDate(), r.getPlace(), r.getParticipants(), CaseStore.nz(r.getNotes()), r.getSource()));
    }
}
