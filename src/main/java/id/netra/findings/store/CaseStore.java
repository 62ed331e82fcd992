package id.netra.findings.store;

import static id.netra.db.schema.Tables.APP_SETTING;
import static id.netra.db.schema.Tables.CASE_CODE;
import static id.netra.db.schema.Tables.CASE_LINK;
import static id.netra.db.schema.Tables.CASE_STAFF;
import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.DECISION;
import static id.netra.db.schema.Tables.FINDING_CASE;
import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.SUB_UNIT;
import static id.netra.db.schema.Tables.SUMMONS;
import static id.netra.db.schema.Tables.VIOLATION_CODE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.FindingCaseRecord;
import id.netra.findings.domain.CaseDraft;
import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CasePerson;
import id.netra.findings.domain.CaseSource;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.CaseSummary;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.Deadline;
import id.netra.findings.domain.DeadlineFacts;
import id.netra.findings.domain.DeadlineKind;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.FindingCase;
import id.netra.findings.domain.Problem;
import id.netra.findings.domain.RegisterNumberFormat;
import id.netra.findings.domain.Reporter;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.SummonsAttendance;

/** Case headers with their people, codes and links; the register number; the case list. */
public final class CaseStore {

    static final String REGISTER_PATTERN_KEY = "findings_register_pattern";

    private final Database db;
    private final Clock clock;

    public CaseStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- register number -------------------------------------------------------------------

    public String registerPattern() {
        return Optional.ofNullable(db.dsl().select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(REGISTER_PATTERN_KEY)).fetchOne(APP_SETTING.SETTING_VALUE))
                .orElse(RegisterNumberFormat.DEFAULT_PATTERN);
    }

    /** Applies to cases registered from now on; existing numbers never change. */
    public void setRegisterPattern(String pattern) {
        FindingsInputException.throwIfAny(RegisterNumberFormat.validate(pattern));
        db.dsl().mergeInto(APP_SETTING).using(db.dsl().selectOne())
                .on(APP_SETTING.SETTING_KEY.eq(REGISTER_PATTERN_KEY))
                .whenMatchedThenUpdate().set(APP_SETTING.SETTING_VALUE, pattern.strip())
                .whenNotMatchedThenInsert(APP_SETTING.SETTING_KEY, APP_SETTING.SETTING_VALUE)
                .values(REGISTER_PATTERN_KEY, pattern.strip())
                .execute();
    }

    // ---- writes ----------------------------------------------------------------------------

    /** Registers a new case (status Dicatat) and returns its id. */
    public long create(CaseDraft draft, String by) {
        FindingsInputException.throwIfAny(draft.validate());
        return db.inTransaction(ctx -> {
            checkReferences(ctx, draft, Set.of());
            OffsetDateTime now = OffsetDateTime.now(clock);
            int year = now.getYear();
            // the sequence restarts every year; the unique key catches a concurrent writer
            Integer max = ctx.select(DSL.max(FINDING_CASE.REGISTER_SEQ)).from(FINDING_CASE)
                    .where(FINDING_CASE.REGISTER_YEAR.eq(year)).fetchOne(0, Integer.class);
            int seq = max == null ? 1 : max + 1;
            String number = RegisterNumberFormat.of(patternIn(ctx)).format(seq, year, now.getMonthValue());
            FindingCaseRecord r = ctx.newRecord(FINDING_CASE);
            r.setRegisterNumber(number);
            r.setRegisterYear(year);
            r.setRegisterSeq(seq);
            fillHeader(r, draft);
            r.setStatus(CaseStatus.DICATAT.name());
            r.setStatusSince(now);
            r.setCreatedAt(now);
            r.setCreatedBy(by);
            r.setUpdatedAt(now);
            r.store();
            writeChildren(ctx, r.getId(), draft);
            ctx.insertInto(CASE_STATUS_CHANGE, CASE_STATUS_CHANGE.CASE_ID, CASE_STATUS_CHANGE.FROM_STATUS,
                    CASE_STATUS_CHANGE.TO_STATUS, CASE_STATUS_CHANGE.CHANGED_AT, CASE_STATUS_CHANGE.CHANGED_BY,
                    CASE_STATUS_CHANGE.REASON)
                    .values(r.getId(), null, CaseStatus.DICATAT.name(), now, by, null).execute();
            return r.getId();
        });
    }

    /** Corrects the header, people, codes and links; the status moves only through transitions. */
    public void update(long caseId, CaseDraft draft) {
        FindingsInputException.throwIfAny(draft.validate());
        db.inTransactionRun(ctx -> {
            FindingCaseRecord r = loadForUpdate(ctx, caseId);
            // a code already on the case may have been retired since: keeping it is fine, adding it is not
            Set<Long> kept = new HashSet<>(ctx.select(CASE_CODE.VIOLATION_CODE_ID).from(CASE_CODE)
                    .where(CASE_CODE.CASE_ID.eq(caseId)).fetch(CASE_CODE.VIOLATION_CODE_ID));
            checkReferences(ctx, draft, kept);
            fillHeader(r, draft);
            r.setUpdatedAt(OffsetDateTime.now(clock));
            r.store();
            ctx.deleteFrom(CASE_STAFF).where(CASE_STAFF.CASE_ID.eq(caseId)).execute();
            ctx.deleteFrom(CASE_CODE).where(CASE_CODE.CASE_ID.eq(caseId)).execute();
            ctx.deleteFrom(CASE_LINK).where(CASE_LINK.CASE_ID.eq(caseId)).execute();
            writeChildren(ctx, caseId, draft);
        });
    }

    public void setFollowUp(long caseId, LocalDate date, String note) {
        db.inTransactionRun(ctx -> {
            FindingCaseRecord r = loadForUpdate(ctx, caseId);
            r.setFollowUpDate(date);
            r.setFollowUpNote(note == null || note.isBlank() ? null : note.strip());
            r.setUpdatedAt(OffsetDateTime.now(clock));
            r.store();
        });
    }

    // ---- reads -----------------------------------------------------------------------------

    public Optional<FindingCase> find(long caseId) {
        DSLContext dsl = db.dsl();
        FindingCaseRecord r = dsl.selectFrom(FINDING_CASE).where(FINDING_CASE.ID.eq(caseId)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<CasePerson> people = people(dsl, List.of(caseId)).getOrDefault(caseId, List.of());
        List<CatalogueEntry> codes = dsl.select(VIOLATION_CODE.fields()).from(VIOLATION_CODE)
                .join(CASE_CODE).on(CASE_CODE.VIOLATION_CODE_ID.eq(VIOLATION_CODE.ID))
                .where(CASE_CODE.CASE_ID.eq(caseId)).orderBy(VIOLATION_CODE.CODE)
                .fetchInto(VIOLATION_CODE).map(CatalogueStore::toEntry);
        List<String> links = dsl.select(CASE_LINK.URL).from(CASE_LINK).where(CASE_LINK.CASE_ID.eq(caseId))
                .orderBy(CASE_LINK.SORT_ORDER).fetch(CASE_LINK.URL);
        return Optional.of(new FindingCase(r.getId(), r.getRegisterNumber(), r.getDateKnown(), r.getActDate(),
                nz(r.getActPlace()), CaseSource.valueOf(r.getSource()), nz(r.getSourceDetail()),
                new Reporter(r.getReporterName(), r.getReporterContact(), r.getReporterConfidential()),
                r.getChronology(), CaseStatus.valueOf(r.getStatus()), r.getStatusSince(), r.getPeriodId(),
                r.getFollowUpDate(), nz(r.getFollowUpNote()), r.getCreatedAt(), people, codes, links));
    }

    /** Cases matching the filter, newest first; "overdue only" is applied by the caller, which knows the calendar. */
    public List<CaseSummary> list(CaseFilter f) {
        DSLContext dsl = db.dsl();
        List<Condition> where = new ArrayList<>();
        if (f.status() != null) {
            where.add(FINDING_CASE.STATUS.eq(f.status().name()));
        }
        if (f.knownFrom() != null) {
            where.add(FINDING_CASE.DATE_KNOWN.ge(f.knownFrom()));
        }
        if (f.knownUntil() != null) {
            where.add(FINDING_CASE.DATE_KNOWN.le(f.knownUntil()));
        }
        if (f.code() != null || f.category() != null) {
            Condition c = DSL.trueCondition();
            if (f.code() != null) {
                c = c.and(VIOLATION_CODE.CODE.eq(f.code()));
            }
            if (f.category() != null) {
                c = c.and(VIOLATION_CODE.CATEGORY.eq(f.category().name()));
            }
            where.add(DSL.exists(DSL.selectOne().from(CASE_CODE).join(VIOLATION_CODE)
                    .on(VIOLATION_CODE.ID.eq(CASE_CODE.VIOLATION_CODE_ID))
                    .where(CASE_CODE.CASE_ID.eq(FINDING_CASE.ID)).and(c)));
        }
        if (f.subUnitId() != null) {
            where.add(DSL.exists(DSL.selectOne().from(CASE_STAFF).join(STAFF).on(STAFF.ID.eq(CASE_STAFF.STAFF_ID))
                    .where(CASE_STAFF.CASE_ID.eq(FINDING_CASE.ID)).and(STAFF.SUB_UNIT_ID.eq(f.subUnitId()))));
        }
        if (f.text() != null && !f.text().isBlank()) {
            for (String word : f.text().toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                where.add(DSL.lower(FINDING_CASE.CHRONOLOGY).contains(word));
            }
        }
        List<FindingCaseRecord> rows = dsl.selectFrom(FINDING_CASE).where(where)
                .orderBy(FINDING_CASE.DATE_KNOWN.desc(), FINDING_CASE.ID.desc()).fetch();
        List<Long> ids = rows.stream().map(FindingCaseRecord::getId).toList();
        Map<Long, List<CasePerson>> people = people(dsl, ids);
        Map<Long, List<String>> codes = dsl.select(CASE_CODE.CASE_ID, VIOLATION_CODE.CODE).from(CASE_CODE)
                .join(VIOLATION_CODE).on(VIOLATION_CODE.ID.eq(CASE_CODE.VIOLATION_CODE_ID))
                .where(CASE_CODE.CASE_ID.in(ids)).orderBy(VIOLATION_CODE.CODE)
                .fetchGroups(CASE_CODE.CASE_ID, VIOLATION_CODE.CODE);
        Map<Long, DeadlineFacts> facts = deadlineFacts(dsl, rows);
        return rows.stream().map(r -> {
            List<CasePerson> ps = people.getOrDefault(r.getId(), List.of());
            return new CaseSummary(r.getId(), r.getRegisterNumber(), r.getDateKnown(), CaseStatus.valueOf(r.getStatus()),
                    ps.stream().map(CasePerson::name).toList(), codes.getOrDefault(r.getId(), List.of()),
                    ps.stream().map(CasePerson::subUnitName).filter(s -> s != null && !s.isBlank()).distinct().toList(),
                    facts.get(r.getId()));
        }).toList();
    }

    /** Summonses, the current decision and the follow-up date of each case: what the clocks start from. */
    private static Map<Long, DeadlineFacts> deadlineFacts(DSLContext dsl, List<FindingCaseRecord> rows) {
        List<Long> ids = rows.stream().map(FindingCaseRecord::getId).toList();
        Map<Long, List<Summons>> summons = dsl.selectFrom(SUMMONS).where(SUMMONS.CASE_ID.in(ids)).fetch().stream()
                .collect(Collectors.groupingBy(s -> s.getCaseId(), Collectors.mapping(CaseProgressStore::toSummons,
                        Collectors.toList())));
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        dsl.selectFrom(DECISION).where(DECISION.CASE_ID.in(ids)).and(DECISION.SUPERSEDED_AT.isNull()).fetch()
                .forEach(d -> decisions.put(d.getCaseId(), CaseProgressStore.toDecision(d)));
        Map<Long, DeadlineFacts> out = new LinkedHashMap<>();
        for (FindingCaseRecord r : rows) {
            List<Deadline> follow = r.getFollowUpDate() == null ? List.of()
                    : List.of(new Deadline(DeadlineKind.FOLLOW_UP, r.getFollowUpDate(), nz(r.getFollowUpNote())));
            out.put(r.getId(), new DeadlineFacts(CaseStatus.valueOf(r.getStatus()),
                    summons.getOrDefault(r.getId(), List.of()), decisions.get(r.getId()), follow));
        }
        return out;
    }

    static Map<Long, List<CasePerson>> people(DSLContext dsl, Collection<Long> caseIds) {
        return dsl.select(CASE_STAFF.CASE_ID, STAFF.ID, STAFF.NAME, STAFF.TITLE_FRONT, STAFF.TITLE_BACK, STAFF.NIP,
                        STAFF.NIK, STAFF.INTERNAL_NO, STAFF.KIND, STAFF.POSITION, STAFF.SUB_UNIT_ID, SUB_UNIT.NAME)
                .from(CASE_STAFF).join(STAFF).on(STAFF.ID.eq(CASE_STAFF.STAFF_ID))
                .leftJoin(SUB_UNIT).on(SUB_UNIT.ID.eq(STAFF.SUB_UNIT_ID))
                .where(CASE_STAFF.CASE_ID.in(caseIds)).orderBy(STAFF.NAME)
                .fetch().stream().collect(Collectors.groupingBy(r -> r.get(CASE_STAFF.CASE_ID), LinkedHashMap::new,
                        Collectors.mapping(r -> new CasePerson(r.get(STAFF.ID),
                                fullName(r.get(STAFF.TITLE_FRONT), r.get(STAFF.NAME), r.get(STAFF.TITLE_BACK)),
                                firstNonBlank(r.get(STAFF.NIP), r.get(STAFF.NIK), r.get(STAFF.INTERNAL_NO)),
                                !"NON_ASN".equals(r.get(STAFF.KIND)), nz(r.get(STAFF.POSITION)),
                                r.get(STAFF.SUB_UNIT_ID), r.get(SUB_UNIT.NAME)), Collectors.toList())));
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void checkReferences(DSLContext ctx, CaseDraft draft, Set<Long> keptCodes) {
        List<Problem> problems = new ArrayList<>();
        Set<Long> known = new HashSet<>(ctx.select(STAFF.ID).from(STAFF).where(STAFF.ID.in(draft.staffIds()))
                .fetch(STAFF.ID));
        if (known.size() != new HashSet<>(draft.staffIds()).size()) {
            problems.add(Problem.of("findings.error.unknownStaff"));
        }
        for (var code : ctx.selectFrom(VIOLATION_CODE).where(VIOLATION_CODE.ID.in(draft.catalogueIds())).fetch()) {
            if (code.getRetired() && !keptCodes.contains(code.getId())) {
                problems.add(Problem.of("findings.catalogue.error.retired", code.getCode()));
            }
        }
        if (ctx.fetchCount(VIOLATION_CODE, VIOLATION_CODE.ID.in(draft.catalogueIds()))
                != new HashSet<>(draft.catalogueIds()).size()) {
            problems.add(Problem.of("findings.catalogue.error.missing", draft.catalogueIds()));
        }
        FindingsInputException.throwIfAny(problems);
    }

    private static void fillHeader(FindingCaseRecord r, CaseDraft d) {
        r.setDateKnown(d.dateKnown());
        r.setActDate(d.actDate());
        r.setActPlace(blankToNull(d.actPlace()));
        r.setSource(d.source().name());
        r.setSourceDetail(blankToNull(d.sourceDetail()));
        r.setReporterName(blankToNull(d.reporter().name()));
        r.setReporterContact(blankToNull(d.reporter().contact()));
        r.setReporterConfidential(d.reporter().confidential());
        r.setChronology(d.chronology());
        r.setPeriodId(d.periodId());
        r.setFollowUpDate(d.followUpDate());
        r.setFollowUpNote(blankToNull(d.followUpNote()));
    }

    private static void writeChildren(DSLContext ctx, long caseId, CaseDraft d) {
        for (Long staffId : new java.util.LinkedHashSet<>(d.staffIds())) {
            ctx.insertInto(CASE_STAFF, CASE_STAFF.CASE_ID, CASE_STAFF.STAFF_ID).values(caseId, staffId).execute();
        }
        for (Long codeId : new java.util.LinkedHashSet<>(d.catalogueIds())) {
            ctx.insertInto(CASE_CODE, CASE_CODE.CASE_ID, CASE_CODE.VIOLATION_CODE_ID).values(caseId, codeId).execute();
        }
        int i = 0;
        for (String link : d.links()) {
            ctx.insertInto(CASE_LINK, CASE_LINK.CASE_ID, CASE_LINK.URL, CASE_LINK.SORT_ORDER).values(caseId, link, i++)
                    .execute();
        }
    }

    static FindingCaseRecord loadForUpdate(DSLContext ctx, long caseId) {
        FindingCaseRecord r = ctx.selectFrom(FINDING_CASE).where(FINDING_CASE.ID.eq(caseId)).forUpdate().fetchOne();
        if (r == null) {
            throw FindingsInputException.of("findings.error.caseMissing", caseId);
        }
        return r;
    }

    private static String patternIn(DSLContext ctx) {
        String p = ctx.select(APP_SETTING.SETTING_VALUE).from(APP_SETTING)
                .where(APP_SETTING.SETTING_KEY.eq(REGISTER_PATTERN_KEY)).fetchOne(APP_SETTING.SETTING_VALUE);
        return p == null || !RegisterNumberFormat.validate(p).isEmpty() ? RegisterNumberFormat.DEFAULT_PATTERN : p;
    }

    static String fullName(String front, String name, String back) {
        StringBuilder sb = new StringBuilder();
        if (front != null && !front.isBlank()) {
            sb.append(front.strip()).append(' ');
        }
        sb.append(name);
        if (back != null && !back.isBlank()) {
            sb.append(", ").append(back.strip());
        }
        return sb.toString();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "-";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static SummonsAttendance attendance(String s) {
        return SummonsAttendance.valueOf(s);
    }
}
