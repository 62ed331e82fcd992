package id.netra.reports.store;

import static id.netra.db.schema.Tables.ACTIVITY;
import static id.netra.db.schema.Tables.CASE_CODE;
import static id.netra.db.schema.Tables.CASE_STAFF;
import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.DECISION;
import static id.netra.db.schema.Tables.FINDING_CASE;
import static id.netra.db.schema.Tables.FORWARDING;
import static id.netra.db.schema.Tables.HOLIDAY;
import static id.netra.db.schema.Tables.RECOMMENDATION;
import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.SUB_UNIT;
import static id.netra.db.schema.Tables.SUMMONS;
import static id.netra.db.schema.Tables.VIOLATION_CODE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.netra.pacts.domain.IdentityFormat;
import id.netra.reports.domain.ActivityRow;
import id.netra.reports.domain.CaseFact;
import id.netra.reports.domain.MonthCut;

/**
 * The findings register as the report needs it: cases known by the month end (of the period, or not tied
 * to any), each with its whole dated history in a handful of set queries (no query per case). Reporter
 * columns are never read: the report must not be able to print them.
 */
final class CaseFacts {

    private CaseFacts() {
    }

    static List<CaseFact> read(DSLContext ctx, MonthCut cut, long periodId) {
        Condition known = FINDING_CASE.DATE_KNOWN.le(cut.lastDay())
                .and(FINDING_CASE.PERIOD_ID.eq(periodId).or(FINDING_CASE.PERIOD_ID.isNull()));
        var ids = DSL.select(FINDING_CASE.ID).from(FINDING_CASE).where(known);

        Map<Long, List<String>> persons = new HashMap<>();
        Map<Long, String> units = new HashMap<>();
        ctx.select(CASE_STAFF.CASE_ID, STAFF.TITLE_FRONT, STAFF.NAME, STAFF.TITLE_BACK, STAFF.NIP, STAFF.NIK, SUB_UNIT.NAME,
                        STAFF.KIND, STAFF.INTERNAL_NO)
                .from(CASE_STAFF).join(STAFF).on(STAFF.ID.eq(CASE_STAFF.STAFF_ID))
                .leftJoin(SUB_UNIT).on(SUB_UNIT.ID.eq(STAFF.SUB_UNIT_ID))
                .where(CASE_STAFF.CASE_ID.in(ids)).orderBy(CASE_STAFF.CASE_ID, STAFF.NAME)
                .forEach(r -> {
                    String name = IdentityFormat.fullName(r.value2(), r.value3(), r.value4());
                    String id = r.value5() == null && r.value6() == null ? null
                            : RosterFacts.idNumber(r.value8(), r.value5(), null, r.value6());
                    persons.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(id == null ? name : name + " (" + id + ")");
                    if (r.value7() != null) {
                        units.merge(r.value1(), r.value7(), (a, b) -> a.contains(b) ? a : a + ", " + b);
                    }
                });

        Map<Long, List<CaseFact.CodeRef>> codes = new HashMap<>();
        ctx.select(CASE_CODE.CASE_ID, VIOLATION_CODE.CODE, VIOLATION_CODE.CATEGORY, VIOLATION_CODE.DESCRIPTION)
                .from(CASE_CODE).join(VIOLATION_CODE).on(VIOLATION_CODE.ID.eq(CASE_CODE.VIOLATION_CODE_ID))
                .where(CASE_CODE.CASE_ID.in(ids))
                .forEach(r -> codes.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CaseFact.CodeRef(r.value2(), r.value3(), r.value4(), sortKey(r.value2()))));

        Map<Long, List<CaseFact.StatusStep>> steps = new HashMap<>();
        ctx.select(CASE_STATUS_CHANGE.CASE_ID, CASE_STATUS_CHANGE.TO_STATUS, CASE_STATUS_CHANGE.CHANGED_AT)
                .from(CASE_STATUS_CHANGE).where(CASE_STATUS_CHANGE.CASE_ID.in(ids))
                .orderBy(CASE_STATUS_CHANGE.CHANGED_AT, CASE_STATUS_CHANGE.ID)
                .forEach(r -> steps.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CaseFact.StatusStep(r.value2(), r.value3())));

        Map<Long, List<LocalDate>> forwardings = dates(ctx.select(FORWARDING.CASE_ID, FORWARDING.LETTER_DATE)
                .from(FORWARDING).where(FORWARDING.CASE_ID.in(ids)).fetch());
        Map<Long, List<LocalDate>> recommendations = dates(ctx.select(RECOMMENDATION.CASE_ID, RECOMMENDATION.LETTER_DATE)
                .from(RECOMMENDATION).where(RECOMMENDATION.CASE_ID.in(ids)).fetch());

        Map<Long, List<CaseFact.DecisionFact>> decisions = new HashMap<>();
        ctx.selectFrom(DECISION).where(DECISION.CASE_ID.in(ids)).forEach(d -> decisions
                .computeIfAbsent(d.getCaseId(), k -> new ArrayList<>())
                .add(new CaseFact.DecisionFact(d.getOutcome(), d.getSanction() != null ? d.getSanction() : d.getContractMeasure(),
                        d.getDecreeDate(), d.getDeliveredDate(), d.getDecidedAt(), d.getSupersededAt())));

        Map<Long, List<CaseFact.SummonsFact>> summonses = new HashMap<>();
        ctx.selectFrom(SUMMONS).where(SUMMONS.CASE_ID.in(ids)).forEach(s -> summonses
                .computeIfAbsent(s.getCaseId(), k -> new ArrayList<>())
                .add(new CaseFact.SummonsFact(s.getSummonsNo(), s.getIssuedDate(), s.getScheduledDate(), s.getAttendance())));

        List<CaseFact> out = new ArrayList<>();
        ctx.select(FINDING_CASE.ID, FINDING_CASE.REGISTER_NUMBER, FINDING_CASE.DATE_KNOWN, FINDING_CASE.SOURCE)
                .from(FINDING_CASE).where(known).orderBy(FINDING_CASE.DATE_KNOWN, FINDING_CASE.REGISTER_NUMBER)
                .forEach(c -> {
                    long id = c.value1();
                    out.add(new CaseFact(id, c.value2(), c.value3(), c.value4(), persons.getOrDefault(id, List.of()),
                            units.get(id), codes.getOrDefault(id, List.of()), steps.getOrDefault(id, List.of()),
                            forwardings.getOrDefault(id, List.of()), recommendations.getOrDefault(id, List.of()),
                            decisions.getOrDefault(id, List.of()), summonses.getOrDefault(id, List.of())));
                });
        return out;
    }

    private static Map<Long, List<LocalDate>> dates(org.jooq.Result<org.jooq.Record2<Long, LocalDate>> rows) {
        Map<Long, List<LocalDate>> out = new HashMap<>();
        rows.forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return out;
    }

    /** Ethics rows before discipline rows, each in numeric order: E1..E7, D1..D13. */
    static int sortKey(String code) {
        int base = code.startsWith("E") ? 0 : code.startsWith("D") ? 100 : 200;
        try {
            return base + Integer.parseInt(code.substring(1));
        } catch (NumberFormatException e) {
            return base + 99;
        }
    }

    static List<ActivityRow> activities(DSLContext ctx, MonthCut cut) {
        return ctx.selectFrom(ACTIVITY)
                .where(ACTIVITY.START_DATE.le(cut.lastDay()),
                        DSL.coalesce(ACTIVITY.END_DATE, ACTIVITY.START_DATE).ge(cut.firstDay()))
                .orderBy(ACTIVITY.START_DATE, ACTIVITY.ID)
                .fetch(a -> new ActivityRow(a.getKind(), a.getTitle(), a.getStartDate(), a.getEndDate(), a.getPlace(),
                        a.getParticipants()));
    }

    static Set<LocalDate> holidays(DSLContext ctx) {
        return new HashSet<>(ctx.select(HOLIDAY.HOLIDAY_DATE).from(HOLIDAY).fetch(r -> r.value1()));
    }
}
