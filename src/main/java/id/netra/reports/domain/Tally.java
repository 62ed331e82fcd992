package id.netra.reports.domain;

/**
 * A labelled count for the month and to month end: categories (ETIK/DISIPLIN), sanction types,
 * statuses (where {@code inMonth} is the number that reached the status in the month).
 */
public record Tally(String key, int inMonth, int cumulative) {
}
