package id.netra.reports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import id.netra.findings.domain.DeadlineKind;
import id.netra.findings.domain.WorkingCalendar;

/**
 * Computes the report's figures as of a month cut from dated facts only: who was on the roster (recorded
 * before the cut, not inactive by the last day), whose pact was signed (last signing event by the last day
 * not cancelled later that same window), each case's status (last status step before the cut), the
 * decisions in force at the cut. Nothing here looks at today's state.
 */
public final class ReportCalculator {

    /** Statuses in the order of the handling procedure (DOMAIN.md "Handling"). */
    public static final List<String> STATUSES = List.of("DICATAT", "KLARIFIKASI", "PEMERIKSAAN", "DITERUSKAN",
            "REKOMENDASI", "DIPUTUS", "SELESAI");
    public static final List<String> CATEGORIES = List.of("ETIK", "DISIPLIN");
    public static final List<String> SANCTIONS = List.of("MORAL_TERTUTUP", "MORAL_TERBUKA", "DISIPLIN_SEDANG",
            "DISIPLIN_BERAT", "PTDH", "TEGURAN_LISAN", "TEGURAN_TERTULIS", "SURAT_PERINGATAN", "PEMUTUSAN_KONTRAK");


    private ReportCalculator() {
    }

    public static MonthlyReport compute(ReportHeader header, MonthNotes notes, ReportFacts facts, MonthCut cut) {
        List<StaffFact> roster = facts.staff().stream().filter(s -> s.onRosterAt(cut))
                .sorted(Comparator.comparingInt(StaffFact::subUnitOrder).thenComparing(StaffFact::subUnit)
                        .thenComparing(StaffFact::name))
                .toList();
        Set<Long> signed = signedAt(facts.pactEvents(), cut);

        Map<String, HeadcountRow> heads = new LinkedHashMap<>();
        Map<String, PactRow> pacts = new LinkedHashMap<>();
        Map<String, List<UnsignedPerson>> unsigned = new LinkedHashMap<>();
        for (StaffFact s : roster) {
            String unit = s.subUnit();
            HeadcountRow one = switch (s.kind()) {
                case "PNS" -> new HeadcountRow(unit, 1, 0, 0);
                case "PPPK" -> new HeadcountRow(unit, 0, 1, 0);
                default -> new HeadcountRow(unit, 0, 0, 1);
            };
            heads.merge(unit, one, HeadcountRow::plus);
            boolean hasSigned = signed.contains(s.id());
            pacts.merge(unit, new PactRow(unit, 1, hasSigned ? 1 : 0), PactRow::plus);
            if (!hasSigned) {
                unsigned.computeIfAbsent(unit, u -> new ArrayList<>())
                        .add(new UnsignedPerson(s.name(), s.idNumber(), s.position()));
            }
        }
        List<UnsignedGroup> annexA = new ArrayList<>();
        unsigned.forEach((unit, people) -> annexA.add(new UnsignedGroup(unit, people)));

        List<PledgeEventRow> pledges = facts.pledges().stream().filter(p -> cut.inMonth(p.heldOn()))
                .sorted(Comparator.comparing(PledgeFact::heldOn).thenComparingLong(PledgeFact::id))
                .map(p -> new PledgeEventRow(p.heldOn(), p.place(), p.ledBy(), p.present(), p.excused(), p.absent()))
                .toList();
        List<ActivityRow> activities = facts.activities().stream()
                .filter(a -> overlapsMonth(a, cut))
                .sorted(Comparator.comparing(ActivityRow::start).thenComparing(ActivityRow::title))
                .toList();

        List<CaseFact> known = facts.cases().stream().filter(c -> cut.byEnd(c.dateKnown()))
                .sorted(Comparator.comparing(CaseFact::dateKnown).thenComparing(CaseFact::registerNumber))
                .toList();
        FindingsFigures findings = findings(known, cut, new WorkingCalendar(facts.holidays()));
        List<CaseRegisterRow> annexB = known.stream().map(c -> registerRow(c, cut)).toList();

        return new MonthlyReport(header, new ArrayList<>(heads.values()), new ArrayList<>(pacts.values()), pledges,
                activities, findings, notes.obstacles(), notes.copies(), annexA, annexB);
    }

    /** Staff whose pact stood signed at the cut: the last SIGNED/SIGNATURE_CANCELLED event by the last day wins. */
    static Set<Long> signedAt(List<PactEventFact> events, MonthCut cut) {
        Map<Long, PactEventFact> last = new HashMap<>();
        for (PactEventFact e : events) {
            if (!cut.byEnd(e.date()) || !(e.kind().equals("SIGNED") || e.kind().equals("SIGNATURE_CANCELLED"))) {
                continue;
            }
            last.merge(e.staffId(), e, (a, b) -> later(a, b));
        }
        Set<Long> out = new HashSet<>();
        last.forEach((id, e) -> {
            if (e.kind().equals("SIGNED")) {
                out.add(id);
            }
        });
        return out;
    }

    private static PactEventFact later(PactEventFact a, PactEventFact b) {
        int byDate = a.date().compareTo(b.date());
        if (byDate != 0) {
            return byDate > 0 ? a : b;
        }
        return a.sequence() >= b.sequence() ? a : b;
    }

    private static boolean overlapsMonth(ActivityRow a, MonthCut cut) {
        LocalDate end = a.end() == null ? a.start() : a.end();
        return !a.start().isAfter(cut.lastDay()) && !end.isBefore(cut.firstDay());
    }

    /** The status the case had at the cut; a case known by then but recorded later counts as just recorded. */
    static String statusAt(CaseFact c, MonthCut cut) {
        String status = "DICATAT";
        CaseFact.StatusStep best = null;
        for (CaseFact.StatusStep s : c.steps()) {
            if (cut.byEnd(s.at()) && (best == null || !s.at().isBefore(best.at()))) {
                best = s;
            }
        }
        return best == null ? status : best.status();
    }

    /** The decision in force at the cut: decreed by the last day, recorded before the cut, not yet superseded. */
    static CaseFact.DecisionFact decisionAt(CaseFact c, MonthCut cut) {
        CaseFact.DecisionFact found = null;
        for (CaseFact.DecisionFact d : c.decisions()) {
            boolean made = cut.byEnd(d.decreeDate()) && (d.decidedAt() == null || cut.byEnd(d.decidedAt()));
            boolean stillInForce = d.supersededAt() == null || !cut.byEnd(d.supersededAt());
            if (made && stillInForce && (found == null || d.decreeDate().isAfter(found.decreeDate()))) {
                found = d;
            }
        }
        return found;
    }

    private static FindingsFigures findings(List<CaseFact> known, MonthCut cut, WorkingCalendar workingDays) {
        int newInMonth = 0;
        Map<String, int[]> byCode = new TreeMap<>();
        Map<String, CaseFact.CodeRef> codeRefs = new HashMap<>();
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(k -> byCategory.put(k, new int[2]));
        Map<String, int[]> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(k -> byStatus.put(k, new int[2]));
        Map<String, int[]> sanctions = new LinkedHashMap<>();
        SANCTIONS.forEach(k -> sanctions.put(k, new int[2]));
        int[] forwarded = new int[2];
        int[] recommended = new int[2];
        List<OverdueItem> overdue = new ArrayList<>();

        for (CaseFact c : known) {
            boolean isNew = cut.inMonth(c.dateKnown());
            int n = isNew ? 1 : 0;
            newInMonth += n;
            Set<String> categories = new HashSet<>();
            for (CaseFact.CodeRef code : c.codes()) {
                String key = String.format("%03d|%s", code.sortKey(), code.code());
                codeRefs.putIfAbsent(key, code);
                add(byCode.computeIfAbsent(key, k -> new int[2]), n);
                categories.add(code.category());
            }
            // a case citing an ethics and a discipline row counts once in each category
            categories.forEach(cat -> add(byCategory.computeIfAbsent(cat, k -> new int[2]), n));

            // "at month end" counts each case once, at its status then; "this month" counts every stage the
            // case entered during the month (a case recorded and clarified in October counts in both rows)
            String status = statusAt(c, cut);
            byStatus.computeIfAbsent(status, k -> new int[2])[1]++;
            Set<String> entered = new HashSet<>();
            c.steps().stream().filter(s -> cut.inMonth(s.at())).forEach(s -> entered.add(s.status()));
            if (isNew && c.steps().isEmpty()) {
                entered.add("DICATAT");
            }
            entered.forEach(s -> byStatus.computeIfAbsent(s, k -> new int[2])[0]++);

            countDated(c.forwardings(), cut, forwarded);
            countDated(c.recommendations(), cut, recommended);

            CaseFact.DecisionFact d = decisionAt(c, cut);
            if (d != null && "PROVEN".equals(d.outcome()) && d.measure() != null) {
                add(sanctions.computeIfAbsent(d.measure(), k -> new int[2]), cut.inMonth(d.decreeDate()) ? 1 : 0);
            }
            overdue.addAll(overdue(c, status, d, cut, workingDays));
        }

        List<CodeCount> codes = new ArrayList<>();
        byCode.forEach((key, v) -> {
            CaseFact.CodeRef r = codeRefs.get(key);
            codes.add(new CodeCount(r.code(), r.category(), r.description(), v[0], v[1]));
        });
        overdue.sort(Comparator.comparing(OverdueItem::due).thenComparing(OverdueItem::registerNumber));
        return new FindingsFigures(newInMonth, known.size(), codes, tallies(byCategory), tallies(byStatus),
                new Tally("FORWARDED", forwarded[0], forwarded[1]),
                new Tally("RECOMMENDATIONS", recommended[0], recommended[1]),
                tallies(sanctions).stream().filter(t -> t.cumulative() > 0 || SANCTIONS.indexOf(t.key()) < 5).toList(),
                overdue);
    }

    /** Forwardings and recommendations count per case: a case forwarded to two bodies is one forwarded case. */
    private static void countDated(List<LocalDate> dates, MonthCut cut, int[] into) {
        boolean any = dates.stream().anyMatch(cut::byEnd);
        boolean inMonth = dates.stream().anyMatch(cut::inMonth);
        if (any) {
            into[1]++;
        }
        if (inMonth) {
            into[0]++;
        }
    }

    private static List<OverdueItem> overdue(CaseFact c, String status, CaseFact.DecisionFact d, MonthCut cut,
                                             WorkingCalendar workingDays) {
        List<OverdueItem> out = new ArrayList<>();
        if (status.equals("SELESAI")) {
            return out;
        }
        LocalDate last = cut.lastDay();
        if (!status.equals("DIPUTUS")) {
            c.summonses().stream().filter(s -> s.sequence() == 1 && "ABSENT".equals(s.attendance())
                    && cut.byEnd(s.scheduled())).findFirst().ifPresent(first -> {
                        boolean secondSent = c.summonses().stream()
                                .anyMatch(s -> s.sequence() == 2 && cut.byEnd(s.issued()));
                        LocalDate due = workingDays.addWorkingDays(first.scheduled(), DeadlineKind.SUMMONS_TWO.workingDays());
                        if (!secondSent && due.isBefore(last)) {
                            out.add(new OverdueItem(c.registerNumber(), "SUMMONS_TWO", due));
                        }
                    });
        }
        if (d != null && "PROVEN".equals(d.outcome())) {
            boolean delivered = d.deliveredDate() != null && cut.byEnd(d.deliveredDate());
            LocalDate due = workingDays.addWorkingDays(d.decreeDate(), DeadlineKind.DECISION_DELIVERY.workingDays());
            if (!delivered && due.isBefore(last)) {
                out.add(new OverdueItem(c.registerNumber(), "DECISION_DELIVERY", due));
            }
        }
        return out;
    }

    private static CaseRegisterRow registerRow(CaseFact c, MonthCut cut) {
        String status = statusAt(c, cut);
        CaseFact.DecisionFact d = decisionAt(c, cut);
        String wording = "SUSPECTED";
        if ((status.equals("DIPUTUS") || status.equals("SELESAI")) && d != null) {
            wording = d.outcome().equals("PROVEN") ? "PROVEN" : "NOT_PROVEN";
        }
        List<CaseFact.CodeRef> codes = c.codes().stream().sorted(Comparator.comparingInt(CaseFact.CodeRef::sortKey)).toList();
        String codeText = String.join(", ", codes.stream().map(CaseFact.CodeRef::code).toList());
        String category = String.join(", ", codes.stream().map(CaseFact.CodeRef::category).distinct().toList());
        return new CaseRegisterRow(c.registerNumber(), c.dateKnown(), String.join("; ", c.persons()), c.subUnit(),
                codeText, category, c.source(), status, wording);
    }

    private static void add(int[] counts, int inMonth) {
        counts[0] += inMonth;
        counts[1]++;
    }

    private static List<Tally> tallies(Map<String, int[]> map) {
        List<Tally> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new Tally(k, v[0], v[1])));
        return out;
    }
}
