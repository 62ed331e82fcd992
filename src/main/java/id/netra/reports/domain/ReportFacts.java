package id.netra.reports.domain;

import java.util.List;
import java.util.Set;
import java.time.LocalDate;

/**
 * The raw, dated material of one report as read from the store; {@link ReportCalculator} turns it into
 * figures as of a month end. Activities are already those of the month.
 */
public record ReportFacts(List<StaffFact> staff, List<PactEventFact> pactEvents, List<PledgeFact> pledges,
                          List<ActivityRow> activities, List<CaseFact> cases, Set<LocalDate> holidays) {

    public ReportFacts {
        staff = List.copyOf(staff);
        pactEvents = List.copyOf(pactEvents);
        pledges = List.copyOf(pledges);
        activities = List.copyOf(activities);
        cases = List.copyOf(cases);
        holidays = Set.copyOf(holidays);
    }
}
