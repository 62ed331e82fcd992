package id.netra.reports.domain;

import java.time.LocalDate;

/**
 * A clock of a case that had run out at month end.
 *
 * @param kind  SUMMONS_TWO (summons II not sent 7 working days after a missed summons I) or
 *              DECISION_DELIVERY (decree not delivered 14 working days after it was set)
 */
public record OverdueItem(String registerNumber, String kind, LocalDate due) {
}
