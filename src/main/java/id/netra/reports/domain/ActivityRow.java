package id.netra.reports.domain;

import java.time.LocalDate;

/**
 * One guidance or monitoring activity in the month (sosialisasi, apel, patrols incl. social media).
 *
 * @param kind  the activity kind code of the findings register (SOSIALISASI, APEL_IKRAR, PATROLI, ...)
 */
public record ActivityRow(String kind, String title, LocalDate start, LocalDate end, String place, int participants) {
}
