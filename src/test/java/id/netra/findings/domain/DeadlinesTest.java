package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final WorkingCalendar calendar = new WorkingCalendar(List.of(LocalDate.of(2026, 12, 24),
            LocalDate.of(2026, 12, 25)));

    private static Summons first(LocalDate scheduled, SummonsAttendance attendance) {
        return new Summons(1, "800/1", scheduled.minusDays(3), scheduled, attendance);
    }

    @Test
    void missedSummonsOneStartsTheSevenWorkingDayClockForSummonsTwo() {
        DeadlineFacts facts = new DeadlineFacts(CaseStatus.PEMERIKSAAN,
                List.of(first(LocalDate.of(2026, 12, 18), SummonsAttendance.ABSENT)), null, List.of());

        List<Deadline> open = Deadlines.open(facts, calendar);

        // Fri 18 Dec: 21, 22, 23, (24, 25 holidays), 28, 29, 30, 31 -> Thu 31 Dec
        assertThat(open).containsExactly(new Deadline(DeadlineKind.SUMMONS_TWO, LocalDate.of(2026, 12, 31), ""));
    }

    @Test
    void noSummonsTwoClockWhenPresentOrAlreadySent() {
        Summons present = first(LocalDate.of(2026, 12, 18), SummonsAttendance.PRESENT);
        Summons absent = first(LocalDate.of(2026, 12, 18), SummonsAttendance.ABSENT);
        Summons second = new Summons(2, "800/2", LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23), null);

        assertThat(Deadlines.open(new DeadlineFacts(CaseStatus.PEMERIKSAAN, List.of(present), null, List.of()), calendar)).isEmpty();
        assertThat(Deadlines.open(new DeadlineFacts(CaseStatus.PEMERIKSAAN, List.of(absent, second), null, List.of()), calendar)).isEmpty();
    }

    @Test
    void undeliveredDecreeMustReachThePersonWithinFourteenWorkingDays() {
        Decision d = new Decision(DecisionOutcome.PROVEN, SanctionLevel.DISIPLIN_SEDANG, null, "", "800/SK/1",
                LocalDate.of(2026, 12, 1), null);
        List<Deadline> open = Deadlines.open(new DeadlineFacts(CaseStatus.DIPUTUS, List.of(), d, List.of()), calendar);

        // Tue 1 Dec + 14 working days, skipping 24-25 Dec: Mon 21 Dec is the 14th
        assertThat(open).extracting(Deadline::due).containsExactly(LocalDate.of(2026, 12, 21));

        Decision delivered = new Decision(DecisionOutcome.PROVEN, SanctionLevel.DISIPLIN_SEDANG, null, "",
                "800/SK/1", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3));
        assertThat(Deadlines.open(new DeadlineFacts(CaseStatus.DIPUTUS, List.of(), delivered, List.of()), calendar)).isEmpty();
    }

    @Test
    void closedCasesHaveNoClocks() {
        assertThat(Deadlines.open(DeadlineFacts.followUpOnly(CaseStatus.SELESAI, LocalDate.of(2026, 1, 1)), calendar)).isEmpty();
    }

    @Test
    void evaluatesOverdueDueSoonAndOnTrackAsOfADate() {
        LocalDate due = LocalDate.of(2026, 12, 28);
        assertThat(Deadlines.state(due, LocalDate.of(2026, 12, 29), calendar)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(Deadlines.state(due, due, calendar)).isEqualTo(DeadlineState.DUE_SOON);
        // Mon 21 Dec -> 22, 23, 28: three working days away is still "due soon"
        assertThat(Deadlines.state(due, LocalDate.of(2026, 12, 21), calendar)).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(Deadlines.state(due, LocalDate.of(2026, 12, 18), calendar)).isEqualTo(DeadlineState.ON_TRACK);
    }

    @Test
    void worstStateWins() {
        List<Deadline> ds = List.of(new Deadline(DeadlineKind.FOLLOW_UP, LocalDate.of(2027, 1, 30), ""),
                new Deadline(DeadlineKind.FOLLOW_UP, LocalDate.of(2026, 12, 1), ""));
        assertThat(Deadlines.worst(ds, LocalDate.of(2026, 12, 2), calendar)).isEqualTo(DeadlineState.OVERDUE);
        assertThat(Deadlines.worst(List.of(), LocalDate.of(2026, 12, 2), calendar)).isEqualTo(DeadlineState.ON_TRACK);
    }
}
