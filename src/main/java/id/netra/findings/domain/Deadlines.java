package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which clocks are running for a case and how they stand on a given day. "Due soon" means within
 * {@link #DUE_SOON_WORKING_DAYS} working days, enough to draft and sign a letter.
 */
public final class Deadlines {

    public static final int DUE_SOON_WORKING_DAYS = 3;

    private Deadlines() {
    }

    /** Open deadlines of a case; a closed case has none. */
    public static List<Deadline> open(DeadlineFacts facts, WorkingCalendar calendar) {
        List<Deadline> out = new ArrayList<>();
        if (!facts.status().isOpen()) {
            return out;
        }
        Optional<Summons> first = facts.summonses().stream().filter(s -> s.sequence() == 1).findFirst();
        boolean secondSent = facts.summonses().stream().anyMatch(s -> s.sequence() == 2);
        // once decided, a missing summons II no longer matters: the decision was made on the evidence
        if (!facts.status().isDecided() && first.isPresent() && first.get().attendance() == SummonsAttendance.ABSENT
                && !secondSent) {
            out.add(new Deadline(DeadlineKind.SUMMONS_TWO,
                    calendar.addWorkingDays(first.get().scheduledDate(), DeadlineKind.SUMMONS_TWO.workingDays()), ""));
        }
        Decision d = facts.decision();
        if (d != null && d.outcome() == DecisionOutcome.PROVEN && d.decreeDate() != null && d.deliveredDate() == null) {
            out.add(new Deadline(DeadlineKind.DECISION_DELIVERY,
                    calendar.addWorkingDays(d.decreeDate(), DeadlineKind.DECISION_DELIVERY.workingDays()), ""));
        }
        out.addAll(facts.followUps());
        out.sort(Comparator.comparing(Deadline::due));
        return out;
    }

    public static DeadlineState state(LocalDate due, LocalDate asOf, WorkingCalendar calendar) {
        if (asOf.isAfter(due)) {
            return DeadlineState.OVERDUE;
        }
        return calendar.workingDaysBetween(asOf, due) <= DUE_SOON_WORKING_DAYS
                ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
    }

    /** The worst state among the case's clocks: what the list and the badge show. */
    public static DeadlineState worst(List<Deadline> deadlines, LocalDate asOf, WorkingCalendar calendar) {
        DeadlineState worst = DeadlineState.ON_TRACK;
        for (Deadline d : deadlines) {
            DeadlineState s = state(d.due(), asOf, calendar);
            if (s.ordinal() < worst.ordinal()) {
                worst = s;
            }
        }
        return worst;
    }
}
