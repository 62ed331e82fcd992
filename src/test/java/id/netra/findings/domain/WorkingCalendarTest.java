package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    // Idul Fitri 2026 block: cuti bersama Fri 20 Mar, holidays Sat-Sun 21-22, cuti bersama Mon-Tue 23-24
    private final WorkingCalendar calendar = new WorkingCalendar(List.of(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 23),
            LocalDate.of(2026, 3, 24), LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // plain week: Monday + 7 = Wednesday of the next week
            "2026-11-02, 7, 2026-11-11",
            // from a Friday the weekend is skipped
            "2026-11-06, 1, 2026-11-09",
            // from a Saturday the first working day is Monday
            "2026-11-07, 1, 2026-11-09",
            // across Nyepi and the Idul Fitri block: Tue 17 Mar + 1 = Wed 25 Mar
            "2026-03-17, 1, 2026-03-25",
            "2026-03-16, 7, 2026-04-01",
            // Christmas: Wed 23 Dec + 2 = Mon 28 Dec, Tue 29 Dec
            "2026-12-23, 2, 2026-12-29",
            "2026-11-02, 0, 2026-11-02"
    })
    void addsWorkingDaysSkippingWeekendsAndHolidays(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, n)).isEqualTo(expected);
    }

    @Test
    void countsWorkingDaysBetweenDates() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 31))).isEqualTo(6);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 16))).isZero();
    }

    @Test
    void weekendsAndListedDatesAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();
    }

    @Test
    void namesTheYearsADeadlineCrossesWithoutAnyRecordedHoliday() {
        WorkingCalendar cal = new WorkingCalendar(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2028, 1, 1)));
        assertThat(cal.yearsWithoutHolidays(LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 31))).isEmpty();
        assertThat(cal.yearsWithoutHolidays(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 8))).containsExactly(2027);
        assertThat(cal.yearsWithoutHolidays(LocalDate.of(2026, 12, 10), LocalDate.of(2028, 2, 1))).containsExactly(2027);
        assertThat(cal.yearsWithoutHolidays(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1))).containsExactly(2025);
    }
}
