package id.netra.reports.domain;

/** Cases citing one catalogue code: new in the month and cumulative to month end. */
public record CodeCount(String code, String category, String description, int inMonth, int cumulative) {
}
