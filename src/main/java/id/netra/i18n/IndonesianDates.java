package id.netra.i18n;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Dates as Indonesian letters write them ("27 November 2024"). Month names are spelled out here
 * rather than taken from the JDK's locale data: documents must read the same on a trimmed runtime
 * and whatever language the screens use.
 */
public final class IndonesianDates {

    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni",
            "Juli", "Agustus", "September", "Oktober", "November", "Desember");
    private static final List<String> DAYS = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter TIME_SECONDS = DateTimeFormatter.ofPattern("HH.mm.ss");

    private IndonesianDates() {
    }

    public static String monthName(int month) {
        return MONTHS.get(month - 1);
    }

    /** "27 November 2024"; an absent date prints as "-" the way forms leave a blank. */
    public static String format(LocalDate date) {
        if (date == null) {
            return "-";
        }
        return date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** "Rabu, 27 November 2024". */
    public static String formatWithDay(LocalDate date) {
        if (date == null) {
            return "-";
        }
        return DAYS.get(date.getDayOfWeek().getValue() - 1) + ", " + format(date);
    }

    /** "27 November 2024 14.05": Indonesian usage puts a dot between hours and minutes. */
    public static String format(LocalDateTime dateTime) {
        if (dateTime == null) {
            return "-";
        }
        return format(dateTime.toLocalDate()) + " " + TIME.format(dateTime.truncatedTo(ChronoUnit.MINUTES));
    }

    /** "27 November 2024 14.05.09": for logs, where several entries share a minute. */
    public static String formatWithSeconds(LocalDateTime dateTime) {
        if (dateTime == null) {
            return "-";
        }
        return format(dateTime.toLocalDate()) + " " + TIME_SECONDS.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }

    /** "Oktober 2024". */
    public static String format(YearMonth month) {
        return monthName(month.getMonthValue()) + " " + month.getYear();
    }
}
