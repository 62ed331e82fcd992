package id.netra.findings.store;

import static id.netra.db.schema.Tables.ACTIVITY;
import static id.netra.db.schema.Tables.ACTIVITY_ATTACHMENT;
import static id.netra.db.schema.Tables.PLEDGE_ATTENDANCE;
import static id.netra.db.schema.Tables.PLEDGE_EVENT;

import java.nio.file.Path;
import java.util.UUID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.ActivityRecord;
import id.netra.findings.domain.Activity;
import id.netra.findings.domain.ActivityAttachment;
import id.netra.findings.domain.ActivityKind;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.EvidenceType;

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

    /**
     * Activities overlapping [from, to] (either bound may be null), oldest first: the ones recorded
     * here plus the apel ikrar held under Pakta &amp; Ikrar (read from its own table, participants =
     * those marked present), so the monthly report reads one list and nothing is entered twice.
     * Rows from Pakta &amp; Ikrar carry source PACTS and the pledge event id; they are edited there.
     */
    public List<Activity> between(LocalDate from, LocalDate to) {
        Condition c = DSL.trueCondition();
        if (to != null) {
            c = c.and(ACTIVITY.START_DATE.le(to));
        }
        if (from != null) {
            c = c.and(DSL.coalesce(ACTIVITY.END_DATE, ACTIVITY.START_DATE).ge(from));
        }
        List<Activity> out = new java.util.ArrayList<>(db.dsl().selectFrom(ACTIVITY).where(c)
                .orderBy(ACTIVITY.START_DATE, ACTIVITY.ID).fetch()
                .map(r -> new Activity(r.getId(), ActivityKind.valueOf(r.getKind()), r.getTitle(), r.getStartDate(),
                        r.getEndDate(), r.getPlace(), r.getParticipants(), CaseStore.nz(r.getNotes()), r.getSource())));
        Condition p = DSL.trueCondition();
        if (to != null) {
            p = p.and(PLEDGE_EVENT.HELD_ON.le(to));
        }
        if (from != null) {
            p = p.and(PLEDGE_EVENT.HELD_ON.ge(from));
        }
        var present = DSL.field(DSL.selectCount().from(PLEDGE_ATTENDANCE)
                .where(PLEDGE_ATTENDANCE.EVENT_ID.eq(PLEDGE_EVENT.ID)).and(PLEDGE_ATTENDANCE.ATTENDANCE.eq("HADIR")));
        db.dsl().select(PLEDGE_EVENT.ID, PLEDGE_EVENT.HELD_ON, PLEDGE_EVENT.PLACE, PLEDGE_EVENT.LED_BY, present)
                .from(PLEDGE_EVENT).where(p).fetch()
                .forEach(r -> out.add(new Activity(r.value1(), ActivityKind.APEL_IKRAR, "Apel ikrar netralitas ASN",
                        r.value2(), null, r.value3(), r.value5(), r.value4() == null ? "" : r.value4(),
                        Activity.SOURCE_PACTS)));
        out.sort(java.util.Comparator.comparing(Activity::startDate));
        return out;
    }

    /**
     * Attaches a file (photo of the assembly, scanned attendance list...) under
     * {@code files/activities/<id>/}, with the same type, size and hash rules as case evidence.
     */
    public ActivityAttachment attach(long activityId, Path source) {
        String name = source.getFileName().toString();
        EvidenceFiles.Intake intake = EvidenceFiles.checkIntake(source, name);
        EvidencePolicy.Result check = intake.check();
        long size = intake.size();
        String ext = EvidenceType.extensionOf(name);
        String relative = "activities/" + activityId + "/" + UUID.randomUUID() + "." + (ext.isEmpty() ? "bin" : ext);
        Path target = db.directory().filesDir().resolve(relative);
        return EvidenceFiles.takeIn(db.files(), source, target, sha -> db.inTransaction(ctx -> {
            if (!ctx.fetchExists(ACTIVITY, ACTIVITY.ID.eq(activityId))) {
                throw FindingsInputException.of("findings.activity.error.missing", activityId);
            }
            var r = ctx.newRecord(ACTIVITY_ATTACHMENT);
            r.setActivityId(activityId);
            r.setOriginalName(name);
            r.setStoredPath(relative);
            r.setMediaType(check.type().name());
            r.setSizeBytes(size);
            r.setSha256(sha);
            r.setAddedAt(OffsetDateTime.now(clock));
            r.store();
            return new ActivityAttachment(r.getId(), activityId, name, relative, check.type(), size, sha);
        }));
    }

    public List<ActivityAttachment> attachments(long activityId) {
        return db.dsl().selectFrom(ACTIVITY_ATTACHMENT).where(ACTIVITY_ATTACHMENT.ACTIVITY_ID.eq(activityId))
                .orderBy(ACTIVITY_ATTACHMENT.ID).fetch()
                .map(r -> new ActivityAttachment(r.getId(), r.getActivityId(), r.getOriginalName(), r.getStoredPath(),
                        EvidenceType.valueOf(r.getMediaType()), r.getSizeBytes(), r.getSha256()));
    }
}
