package id.netra.reports.store;

import static id.netra.db.schema.Tables.PACT_EVENT;
import static id.netra.db.schema.Tables.PLEDGE_ATTENDANCE;
import static id.netra.db.schema.Tables.PLEDGE_EVENT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.netra.reports.domain.MonthCut;
import id.netra.reports.domain.PactEventFact;
import id.netra.reports.domain.PledgeFact;

/**
 * Pakta and ikrar facts of one election period. Signing state comes from the dated {@code pact_event}
 * rows (not from {@code pact.status}, which is today's state); events dated after the month are left
 * out here already, as the calculator would ignore them anyway.
 */
final class PactFacts {

    private PactFacts() {
    }

    static List<PactEventFact> events(DSLContext ctx, MonthCut cut, long periodId) {
        return ctx.select(PACT_EVENT.STAFF_ID, PACT_EVENT.EVENT_KIND, PACT_EVENT.EVENT_DATE, PACT_EVENT.ID)
                .from(PACT_EVENT)
                .where(PACT_EVENT.PERIOD_ID.eq(periodId), PACT_EVENT.EVENT_DATE.le(cut.lastDay()),
                        PACT_EVENT.EVENT_KIND.in("SIGNED", "SIGNATURE_CANCELLED"))
                .fetch(r -> new PactEventFact(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Assemblies held in the month, with attendance counted by kind in one grouped query. */
    static List<PledgeFact> pledges(DSLContext ctx, MonthCut cut, long periodId) {
        var present = DSL.count().filterWhere(PLEDGE_ATTENDANCE.ATTENDANCE.eq("HADIR"));
        var excused = DSL.count().filterWhere(PLEDGE_ATTENDANCE.ATTENDANCE.in("IZIN", "SAKIT"));
        var absent = DSL.count().filterWhere(PLEDGE_ATTENDANCE.ATTENDANCE.eq("TANPA_KETERANGAN"));
        List<PledgeFact> out = new ArrayList<>();
        ctx.select(PLEDGE_EVENT.ID, PLEDGE_EVENT.HELD_ON, PLEDGE_EVENT.PLACE, PLEDGE_EVENT.LED_BY, present, excused, absent)
                .from(PLEDGE_EVENT).leftJoin(PLEDGE_ATTENDANCE).on(PLEDGE_ATTENDANCE.EVENT_ID.eq(PLEDGE_EVENT.ID))
                .where(PLEDGE_EVENT.PERIOD_ID.eq(periodId), PLEDGE_EVENT.HELD_ON.between(cut.firstDay(), cut.lastDay()))
                .groupBy(PLEDGE_EVENT.ID, PLEDGE_EVENT.HELD_ON, PLEDGE_EVENT.PLACE, PLEDGE_EVENT.LED_BY)
                .forEach(r -> out.add(new PledgeFact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7())));
        return out;
    }
}
