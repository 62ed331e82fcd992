package id.netra.findings.store;

import static id.netra.db.schema.Tables.CASE_EXAMINER;
import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.DECISION;
import static id.netra.db.schema.Tables.EXAMINATION_REPORT;
import static id.netra.db.schema.Tables.FORWARDING;
import static id.netra.db.schema.Tables.RECOMMENDATION;
import static id.netra.db.schema.Tables.SUMMONS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.DecisionRecord;
import id.netra.db.schema.tables.records.FindingCaseRecord;
import id.netra.db.schema.tables.records.SummonsRecord;
import id.netra.findings.domain.CaseProgress;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.ContractMeasure;
import id.netra.findings.domain.DateChecks;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.ExaminationReport;
import id.netra.findings.domain.ForwardTarget;
import id.netra.findings.domain.Forwarding;
import id.netra.findings.domain.Problem;
import id.netra.findings.domain.Recommendation;
import id.netra.findings.domain.RecommendingBody;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.StatusChange;
import id.netra.findings.domain.StatusTransitions;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.SummonsAttendance;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.TeamRole;
import id.netra.findings.domain.TransitionContext;
import id.netra.findings.domain.TransitionRequest;
import id.netra.findings.domain.TransitionRules;

/**
 * A case's way through the procedure: status changes (checked by {@link TransitionRules}, each kept
 * with time, who and reason) and the documents of each step. Every write is one transaction.
 */
public final class CaseProgressStore {

    private final Database db;
    private final Clock clock;

    public CaseProgressStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Moves the case; throws {@link FindingsInputException} and writes nothing when the rules object. */
    public void transition(long caseId, TransitionRequest req, String by) {
        db.inTransactionRun(ctx -> {
            FindingCaseRecord c = CaseStore.loadForUpdate(ctx, caseId);
            CaseStatus from = CaseStatus.valueOf(c.getStatus());
            var people = CaseStore.people(ctx, List.of(caseId)).getOrDefault(caseId, List.of());
            Decision current = currentDecision(ctx, caseId);
            TransitionContext tc = new TransitionContext(from, c.getDateKnown(),
                    people.stream().anyMatch(p -> p.asn()), people.stream().anyMatch(p -> !p.asn()), current);
            FindingsInputException.throwIfAny(TransitionRules.validate(tc, req));
            OffsetDateTime now = OffsetDateTime.now(clock);
            CaseStatus to = req.target();
            if (!to.isDecided() && from.isDecided()) {
                // taken back before the decision: the old decree no longer stands, but stays on record
                ctx.update(DECISION).set(DECISION.SUPERSEDED_AT, now)
                        .where(DECISION.CASE_ID.eq(caseId)).and(DECISION.SUPERSEDED_AT.isNull()).execute();
            }
            if (!StatusTransitions.isBackward(from, to)) {
                writeStep(ctx, caseId, req, now);
            }
            c.setStatus(to.name());
            c.setStatusSince(now);
            c.setUpdatedAt(now);
            c.store();
            ctx.insertInto(CASE_STATUS_CHANGE, CASE_STATUS_CHANGE.CASE_ID, CASE_STATUS_CHANGE.FROM_STATUS,
                    CASE_STATUS_CHANGE.TO_STATUS, CASE_STATUS_CHANGE.CHANGED_AT, CASE_STATUS_CHANGE.CHANGED_BY,
                    CASE_STATUS_CHANGE.REASON)
                    .values(caseId, from.name(), to.name(), now, by, CaseStore.blankToNull(req.reason())).execute();
        });
    }

    private void writeStep(DSLContext ctx, long caseId, TransitionRequest req, OffsetDateTime now) {
        switch (req.target()) {
            case PEMERIKSAAN -> {
                // re-entering examination after a step back replaces summons I
                ctx.deleteFrom(SUMMONS).where(SUMMONS.CASE_ID.eq(caseId)).execute();
                insertSummons(ctx, caseId, req.summons());
            }
            case DITERUSKAN -> insertForwarding(ctx, caseId, req.forwarding(), now);
            case REKOMENDASI -> {
                Recommendation r = req.recommendation();
                ctx.insertInto(RECOMMENDATION, RECOMMENDATION.CASE_ID, RECOMMENDATION.RECOMMENDING_BODY,
                        RECOMMENDATION.LETTER_NUMBER, RECOMMENDATION.LETTER_DATE, RECOMMENDATION.RECOMMENDED_SANCTION,
                        RECOMMENDATION.CREATED_AT)
                        .values(caseId, r.body().name(), r.letterNumber(), r.letterDate(), r.recommendedSanction(), now)
                        .execute();
            }
            case DIPUTUS -> {
                ctx.update(DECISION).set(DECISION.SUPERSEDED_AT, now)
                        .where(DECISION.CASE_ID.eq(caseId)).and(DECISION.SUPERSEDED_AT.isNull()).execute();
                Decision d = req.decision();
                DecisionRecord r = ctx.newRecord(DECISION);
                r.setCaseId(caseId);
                r.setOutcome(d.outcome().name());
                boolean proven = d.outcome() == DecisionOutcome.PROVEN;
                r.setSanction(proven && d.sanction() != null ? d.sanction().name() : null);
                r.setContractMeasure(proven && d.contractMeasure() != null ? d.contractMeasure().name() : null);
                r.setSanctionDetail(CaseStore.blankToNull(d.sanctionDetail()));
                r.setDecreeNumber(CaseStore.blankToNull(d.decreeNumber()));
                r.setDecreeDate(d.decreeDate());
                r.setDeliveredDate(d.deliveredDate());
                r.setDecidedAt(now);
                r.store();
            }
            default -> { }
        }
    }

    // ---- documents added while a step is running -------------------------------------------

    /** Records whether the person came on the day summons {@code no} named. */
    public void recordAttendance(long caseId, int no, SummonsAttendance attendance) {
        db.inTransactionRun(ctx -> {
            int n = ctx.update(SUMMONS).set(SUMMONS.ATTENDANCE, attendance.name())
                    .where(SUMMONS.CASE_ID.eq(caseId)).and(SUMMONS.SUMMONS_NO.eq(no)).execute();
            if (n == 0) {
                throw FindingsInputException.of("findings.error.summonsMissing", no);
            }
        });
    }

    /** Summons II is only issued after the person missed summons I, while the case is under examination. */
    public void addSummonsTwo(long caseId, Summons second) {
        db.inTransactionRun(ctx -> {
            FindingCaseRecord c = CaseStore.loadForUpdate(ctx, caseId);
            SummonsRecord first = ctx.selectFrom(SUMMONS).where(SUMMONS.CASE_ID.eq(caseId))
                    .and(SUMMONS.SUMMONS_NO.eq(1)).fetchOne();
            if (!CaseStatus.PEMERIKSAAN.name().equals(c.getStatus()) || first == null
                    || !SummonsAttendance.ABSENT.name().equals(first.getAttendance())) {
                throw FindingsInputException.of("findings.error.summonsTwoNotDue");
            }
            List<Problem> problems = new ArrayList<>();
            DateChecks.requireOrder(first.getScheduledDate(), "findings.field.summonsOneScheduled",
                    second.issuedDate(), "findings.field.summonsIssued", problems);
            DateChecks.requireOrder(second.issuedDate(), "findings.field.summonsIssued", second.scheduledDate(),
                    "findings.field.summonsScheduled", problems);
            FindingsInputException.throwIfAny(problems);
            ctx.deleteFrom(SUMMONS).where(SUMMONS.CASE_ID.eq(caseId)).and(SUMMONS.SUMMONS_NO.eq(2)).execute();
            insertSummons(ctx, caseId, new Summons(2, second.letterNumber(), second.issuedDate(),
                    second.scheduledDate(), second.attendance()));
        });
    }

    public void addExaminationReport(long caseId, ExaminationReport report) {
        List<Problem> problems = new ArrayList<>();
        DateChecks.requirePresent(report.reportDate(), "findings.field.bapDate", problems);
        FindingsInputException.throwIfAny(problems);
        db.inTransactionRun(ctx -> {
            FindingCaseRecord c = CaseStore.loadForUpdate(ctx, caseId);
            List<Problem> order = new ArrayList<>();
            DateChecks.requireOrder(c.getDateKnown(), "findings.field.dateKnown", report.reportDate(),
                    "findings.field.bapDate", order);
            FindingsInputException.throwIfAny(order);
            ctx.insertInto(EXAMINATION_REPORT, EXAMINATION_REPORT.CASE_ID, EXAMINATION_REPORT.REPORT_DATE,
                    EXAMINATION_REPORT.REPORT_NUMBER, EXAMINATION_REPORT.NOTES)
                    .values(caseId, report.reportDate(), CaseStore.blankToNull(report.reportNumber()),
                            CaseStore.blankToNull(report.notes())).execute();
        });
    }

    /** Replaces the examination team of the case. */
    public void setExaminers(long caseId, List<TeamMember> members) {
        for (TeamMember m : members) {
            if (m.name().isBlank() || m.role() == null) {
                throw FindingsInputException.of("findings.team.error.member");
            }
        }
        db.inTransactionRun(ctx -> {
            CaseStore.loadForUpdate(ctx, caseId);
            ctx.deleteFrom(CASE_EXAMINER).where(CASE_EXAMINER.CASE_ID.eq(caseId)).execute();
            int i = 0;
            for (TeamMember m : members) {
                ctx.insertInto(CASE_EXAMINER, CASE_EXAMINER.CASE_ID, CASE_EXAMINER.STAFF_ID, CASE_EXAMINER.NAME,
                        CASE_EXAMINER.INSTITUTION, CASE_EXAMINER.MEMBER_ROLE, CASE_EXAMINER.SORT_ORDER)
                        .values(caseId, m.staffId(), m.name(), CaseStore.blankToNull(m.institution()), m.role().name(), i++)
                        .execute();
            }
        });
    }

    /** A further forwarding letter (the same case often goes to BKPSDM and to Bawaslu). */
    public void addForwarding(long caseId, Forwarding f) {
        db.inTransactionRun(ctx -> {
            FindingCaseRecord c = CaseStore.loadForUpdate(ctx, caseId);
            List<Problem> problems = new ArrayList<>();
            DateChecks.requirePresent(f.letterDate(), "findings.field.letterDate", problems);
            DateChecks.requirePresent(f.letterNumber(), "findings.field.letterNumber", problems);
            DateChecks.requireOrder(c.getDateKnown(), "findings.field.dateKnown", f.letterDate(),
                    "findings.field.letterDate", problems);
            FindingsInputException.throwIfAny(problems);
            insertForwarding(ctx, caseId, f, OffsetDateTime.now(clock));
        });
    }

    /** The decree reached the person: stops the 14-working-day delivery clock. */
    public void markDelivered(long caseId, LocalDate delivered) {
        db.inTransactionRun(ctx -> {
            DecisionRecord d = ctx.selectFrom(DECISION).where(DECISION.CASE_ID.eq(caseId))
                    .and(DECISION.SUPERSEDED_AT.isNull()).forUpdate().fetchOne();
            if (d == null) {
                throw FindingsInputException.of("findings.error.required", "findings.field.decision");
            }
            List<Problem> problems = new ArrayList<>();
            DateChecks.requirePresent(delivered, "findings.field.deliveredDate", problems);
            DateChecks.requireOrder(d.getDecreeDate(), "findings.field.decreeDate", delivered,
                    "findings.field.deliveredDate", problems);
            FindingsInputException.throwIfAny(problems);
            d.setDeliveredDate(delivered);
            d.store();
        });
    }

    // ---- reads -----------------------------------------------------------------------------

    public CaseProgress progress(long caseId) {
        DSLContext dsl = db.dsl();
        List<StatusChange> history = dsl.selectFrom(CASE_STATUS_CHANGE).where(CASE_STATUS_CHANGE.CASE_ID.eq(caseId))
                .orderBy(CASE_STATUS_CHANGE.CHANGED_AT, CASE_STATUS_CHANGE.ID).fetch()
                .map(r -> new StatusChange(r.getId(), r.getFromStatus() == null ? null : CaseStatus.valueOf(r.getFromStatus()),
                        CaseStatus.valueOf(r.getToStatus()), r.getChangedAt(), r.getChangedBy(), CaseStore.nz(r.getReason())));
        List<Summons> summonses = dsl.selectFrom(SUMMONS).where(SUMMONS.CASE_ID.eq(caseId)).orderBy(SUMMONS.SUMMONS_NO)
                .fetch().map(CaseProgressStore::toSummons);
        List<ExaminationReport> reports = dsl.selectFrom(EXAMINATION_REPORT).where(EXAMINATION_REPORT.CASE_ID.eq(caseId))
                .orderBy(EXAMINATION_REPORT.REPORT_DATE).fetch()
                .map(r -> new ExaminationReport(r.getReportDate(), CaseStore.nz(r.getReportNumber()), CaseStore.nz(r.getNotes())));
        List<TeamMember> examiners = dsl.selectFrom(CASE_EXAMINER).where(CASE_EXAMINER.CASE_ID.eq(caseId))
                .orderBy(CASE_EXAMINER.SORT_ORDER).fetch()
                .map(r -> new TeamMember(r.getStaffId(), r.getName(), r.getInstitution(), TeamRole.valueOf(r.getMemberRole())));
        List<Forwarding> forwardings = dsl.selectFrom(FORWARDING).where(FORWARDING.CASE_ID.eq(caseId))
                .orderBy(FORWARDING.LETTER_DATE, FORWARDING.ID).fetch()
                .map(r -> new Forwarding(ForwardTarget.valueOf(r.getTarget()), r.getLetterDate(), r.getLetterNumber()));
        List<Recommendation> recs = dsl.selectFrom(RECOMMENDATION).where(RECOMMENDATION.CASE_ID.eq(caseId))
                .orderBy(RECOMMENDATION.LETTER_DATE, RECOMMENDATION.ID).fetch()
                .map(r -> new Recommendation(RecommendingBody.valueOf(r.getRecommendingBody()), r.getLetterNumber(),
                        r.getLetterDate(), r.getRecommendedSanction()));
        return new CaseProgress(history, summonses, reports, examiners, forwardings, recs, currentDecision(dsl, caseId));
    }

    private static Decision currentDecision(DSLContext ctx, long caseId) {
        DecisionRecord d = ctx.selectFrom(DECISION).where(DECISION.CASE_ID.eq(caseId))
                .and(DECISION.SUPERSEDED_AT.isNull()).fetchOne();
        return d == null ? null : toDecision(d);
    }

    private static void insertSummons(DSLContext ctx, long caseId, Summons s) {
        ctx.insertInto(SUMMONS, SUMMONS.CASE_ID, SUMMONS.SUMMONS_NO, SUMMONS.LETTER_NUMBER, SUMMONS.ISSUED_DATE,
                SUMMONS.SCHEDULED_DATE, SUMMONS.ATTENDANCE)
                .values(caseId, s.sequence(), CaseStore.blankToNull(s.letterNumber()), s.issuedDate(), s.scheduledDate(),
                        s.attendance().name()).execute();
    }

    private static void insertForwarding(DSLContext ctx, long caseId, Forwarding f, OffsetDateTime now) {
        ctx.insertInto(FORWARDING, FORWARDING.CASE_ID, FORWARDING.TARGET, FORWARDING.LETTER_DATE,
                FORWARDING.LETTER_NUMBER, FORWARDING.CREATED_AT)
                .values(caseId, f.target().name(), f.letterDate(), f.letterNumber(), now).execute();
    }

    static Summons toSummons(SummonsRecord r) {
        return new Summons(r.getSummonsNo(), r.getLetterNumber(), r.getIssuedDate(), r.getScheduledDate(),
                SummonsAttendance.valueOf(r.getAttendance()));
    }

    static Decision toDecision(DecisionRecord d) {
        return new Decision(DecisionOutcome.valueOf(d.getOutcome()),
                d.getSanction() == null ? null : SanctionLevel.valueOf(d.getSanction()),
                d.getContractMeasure() == null ? null : ContractMeasure.valueOf(d.getContractMeasure()),
                d.getSanctionDetail(), d.getDecreeNumber(), d.getDecreeDate(), d.getDeliveredDate());
    }
}
