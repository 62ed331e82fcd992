package id.netra.reports.domain;

import java.util.List;

/**
 * Section IV: suspected violations. "New" counts cases whose known date falls in the month,
 * "cumulative" those known by month end; statuses are the status each case had at the cut.
 */
public record FindingsFigures(int newInMonth, int cumulative, List<CodeCount> byCode, List<Tally> byCategory,
                              List<Tally> byStatus, Tally forwarded, Tally recommendations, List<Tally> sanctions,
                              List<OverdueItem> overdue) {

    public FindingsFigures {
        byCode = List.copyOf(byCode);
        byCategory = List.copyOf(byCategory);
        byStatus = List.copyOf(byStatus);
        sanctions = List.copyOf(sanctions);
        overdue = List.copyOf(overdue);
    }

    public int statusCount(String status) {
        return byStatus.stream().filter(t -> t.key().equals(status)).mapToInt(Tally::cumulative).sum();
    }

    public int sanctionsCumulative() {
        return sanctions.stream().mapToInt(Tally::cumulative).sum();
    }
}
