package id.netra.reports.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The instant a monthly report is taken at: the last moment of the month, in the office's time zone.
 * Every figure is "as of" this cut, rebuilt from dated history, so reprinting October in December gives
 * the October figures again. Dates count when they are on or before the last day; timestamps when they
 * are strictly before the first instant of the next month.
 */
public record MonthCut(YearMonth month, ZoneId zone) {

    public MonthCut {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(zone, "zone");
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    /** The first instant after the month: timestamps before it belong to the month or earlier. */
    public OffsetDateTime end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    public OffsetDateTime start() {
        return firstDay().atStartOfDay(zone).toOffsetDateTime();
    }

    /** On or before the last day of the month (null never is). */
    public boolean byEnd(LocalDate date) {
        return date != null && !date.isAfter(lastDay());
    }

    public boolean byEnd(OffsetDateTime at) {
        return at != null && at.isBefore(end());
    }

    public boolean inMonth(LocalDate date) {
        return date != null && YearMonth.from(date).equals(month);
    }

    public boolean inMonth(OffsetDateTime at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }
}
