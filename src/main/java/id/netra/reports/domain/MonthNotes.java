package id.netra.reports.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the clerk writes for one month's report and keeps with the month: letter number and date,
 * section V, the tembusan list. {@code letterDate} null means "the day it is generated".
 */
public record MonthNotes(YearMonth month, long periodId, String letterNumber, LocalDate letterDate,
                         String obstacles, List<String> copies) {

    public MonthNotes {
        letterNumber = letterNumber == null ? "" : letterNumber;
        obstacles = obstacles == null ? "" : obstacles;
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    /** Default copies: the usual recipients of a neutrality report besides the Sekda. */
    public static MonthNotes empty(YearMonth month, long periodId) {
        return new MonthNotes(month, periodId, "", null, "",
                parseCopies(ReportText.get("defaultCopies")));
    }

    /** The tembusan list is edited as one item per line. */
    public static List<String> parseCopies(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
