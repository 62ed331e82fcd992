package id.netra.reports.domain;

import java.time.LocalDate;

/**
 * One dated event of a person's pact: SIGNED, SIGNATURE_CANCELLED (and printing events, which do not
 * change "signed"). {@code sequence} orders events of the same date as they were recorded.
 */
public record PactEventFact(long staffId, String kind, LocalDate date, long sequence) {
}
