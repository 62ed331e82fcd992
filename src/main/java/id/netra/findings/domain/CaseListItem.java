package id.netra.findings.domain;

import java.util.List;

/** A case line with its running clocks evaluated as of a day. */
public record CaseListItem(CaseSummary summary, List<Deadline> deadlines, DeadlineState state) {

    public CaseListItem {
        deadlines = List.copyOf(deadlines);
    }

    public Deadline nextDeadline() {
        return deadlines.isEmpty() ? null : deadlines.get(0);
    }

    public boolean needsAttention() {
        return !deadlines.isEmpty() && state != DeadlineState.ON_TRACK;
    }
}
