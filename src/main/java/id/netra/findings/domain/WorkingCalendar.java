package id.netra.findings.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Monday to Friday minus the holiday list. Deadlines in the discipline rules count "hari kerja":
 * the day of the triggering event is day 0 and the n-th following working day is the last day.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public static WorkingCalendar of(Collection<Holiday> holidays) {
        return new WorkingCalendar(holidays.stream().map(Holiday::date).collect(Collectors.toSet()));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The {@code n}-th working day after {@code start} (start itself never counts). */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0: " + n);
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Years from {@code from} to {@code to} in which no holiday is recorded: a deadline counted
     * through such a year takes 1 January or Idul Fitri for a working day.
     */
    public java.util.SortedSet<Integer> yearsWithoutHolidays(LocalDate from, LocalDate to) {
        java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            int y = year;
            if (holidays.stream().noneMatch(d -> d.getYear() == y)) {
                missing.add(year);
            }
        }
        return missing;
    }

    /** Working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
