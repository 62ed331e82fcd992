package id.netra.reports.domain;

import java.util.List;
import java.util.Objects;

/**
 * The monthly neutrality report to the Sekda as plain data. The PDF, the workbook and the JSON are all
 * rendered from one instance, so they cannot disagree.
 *
 * @param obstacles  section V, the clerk's own words for that month
 * @param copies     tembusan, in order
 * @param unsigned   annex A, by sub-unit
 * @param register   annex B, cases known by month end
 */
public record MonthlyReport(ReportHeader header, List<HeadcountRow> headcount, List<PactRow> pacts,
                            List<PledgeEventRow> pledges, List<ActivityRow> activities, FindingsFigures findings,
                            String obstacles, List<String> copies, List<UnsignedGroup> unsigned,
                            List<CaseRegisterRow> register) {

    public MonthlyReport {
        Objects.requireNonNull(header, "header");
        headcount = List.copyOf(headcount);
        pacts = List.copyOf(pacts);
        pledges = List.copyOf(pledges);
        activities = List.copyOf(activities);
        Objects.requireNonNull(findings, "findings");
        obstacles = obstacles == null ? "" : obstacles;
        copies = List.copyOf(copies);
        unsigned = List.copyOf(unsigned);
        register = List.copyOf(register);
    }

    public HeadcountRow headcountTotal() {
        return headcount.stream().reduce(new HeadcountRow(ReportText.get("total"), 0, 0, 0), HeadcountRow::plus);
    }

    public PactRow pactTotal() {
        return pacts.stream().reduce(new PactRow(ReportText.get("total"), 0, 0), PactRow::plus);
    }

    public int pledgePresentTotal() {
        return pledges.stream().mapToInt(PledgeEventRow::present).sum();
    }

    public int unsignedCount() {
        return unsigned.stream().mapToInt(g -> g.people().size()).sum();
    }
}
