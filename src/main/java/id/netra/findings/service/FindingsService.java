package id.netra.findings.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;

import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseListItem;
import id.netra.findings.domain.CaseSummary;
import id.netra.findings.domain.Deadline;
import id.netra.findings.domain.DeadlineCounts;
import id.netra.findings.domain.DeadlineState;
import id.netra.findings.domain.Deadlines;
import id.netra.findings.domain.WorkingCalendar;
import id.netra.findings.store.ActivityStore;
import id.netra.findings.store.CaseProgressStore;
import id.netra.findings.store.CaseStore;
import id.netra.findings.store.CatalogueStore;
import id.netra.findings.store.EvidenceStore;
import id.netra.findings.store.HolidayStore;
import id.netra.findings.store.TeamStore;

/**
 * The findings register as the rest of the app sees it: the stores, plus what needs the calendar
 * (deadline states, the overdue filter, the badge count).
 */
public final class FindingsService {

    private final CaseStore cases;
    private final CaseProgressStore progress;
    private final CatalogueStore catalogue;
    private final EvidenceStore evidence;
    private final HolidayStore holidays;
    private final TeamStore teams;
    private final ActivityStore activities;
    private final Clock clock;

    public FindingsService(CaseStore cases, CaseProgressStore progress, CatalogueStore catalogue, EvidenceStore evidence,
            HolidayStore holidays, TeamStore teams, ActivityStore activities, Clock clock) {
        this.cases = cases;
        this.progress = progress;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.holidays = holidays;
        this.teams = teams;
        this.activities = activities;
        this.clock = clock;
    }

    public static FindingsService open(id.netra.db.Database db, Clock clock) {
        return new FindingsService(new CaseStore(db, clock), new CaseProgressStore(db, clock), new CatalogueStore(db, clock),
                new EvidenceStore(db, clock), new HolidayStore(db), new TeamStore(db), new ActivityStore(db, clock), clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The case list with clocks evaluated as of {@code asOf}; "overdue only" keeps overdue and due-soon cases. */
    public List<CaseListItem> cases(CaseFilter filter, LocalDate asOf) {
        return cases(filter, asOf, holidays.calendar());
    }

    private List<CaseListItem> cases(CaseFilter filter, LocalDate asOf, WorkingCalendar cal) {
        return cases.list(filter).stream().map(s -> evaluate(s, asOf, cal))
                .filter(i -> !filter.overdueOnly() || i.needsAttention()).toList();
    }

    public DeadlineCounts counts(LocalDate asOf) {
        return countsOf(cases(CaseFilter.ALL, asOf));
    }

    /**
     * What the register shows: the filtered cases, the overdue counts of all cases (the badge), and
     * the years without a recorded holiday that running deadlines reach (the warning). The calendar
     * and the unfiltered list are read once for all three.
     */
    public record Register(List<CaseListItem> items, DeadlineCounts counts, SortedSet<Integer> yearsWithoutHolidays) {
    }

    public Register register(CaseFilter filter, LocalDate asOf) {
        WorkingCalendar cal = holidays.calendar();
        List<CaseListItem> all = cases(CaseFilter.ALL, asOf, cal);
        List<CaseListItem> shown = filter.equals(CaseFilter.ALL) ? all : cases(filter, asOf, cal);
        LocalDate last = asOf;
        for (CaseListItem i : all) {
            for (Deadline d : i.deadlines()) {
                last = d.due().isAfter(last) ? d.due() : last;
            }
        }
        return new Register(shown, countsOf(all), cal.yearsWithoutHolidays(asOf, last));
    }

    private static DeadlineCounts countsOf(List<CaseListItem> items) {
        int overdue = 0;
        int soon = 0;
        for (CaseListItem i : items) {
            if (!i.deadlines().isEmpty() && i.state() == DeadlineState.OVERDUE) {
                overdue++;
            } else if (!i.deadlines().isEmpty() && i.state() == DeadlineState.DUE_SOON) {
                soon++;
            }
        }
        return new DeadlineCounts(overdue, soon);
    }

    private static CaseListItem evaluate(CaseSummary s, LocalDate asOf, WorkingCalendar cal) {
        List<Deadline> open = Deadlines.open(s.deadlineFacts(), cal);
        return new CaseListItem(s, open, Deadlines.worst(open, asOf, cal));
    }

    public CaseStore caseStore() {
        return cases;
    }

    public CaseProgressStore progress() {
        return progress;
    }

    public CatalogueStore catalogue() {
        return catalogue;
    }

    public EvidenceStore evidence() {
        return evidence;
    }

    public HolidayStore holidays() {
        return holidays;
    }

    public TeamStore teams() {
        return teams;
    }

    public ActivityStore activities() {
        return activities;
    }
}
