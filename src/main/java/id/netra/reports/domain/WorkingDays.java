package id.netra.reports.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Adds working days (Monday to Friday, minus the holidays the clerk keeps) for the overdue clocks. */
public record WorkingDays(Set<LocalDate> holidays) {

    public WorkingDays {
        holidays = Set.copyOf(holidays);
    }

    public LocalDate add(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    public boolean isWorkingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }
}
