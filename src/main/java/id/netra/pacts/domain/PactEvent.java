package id.netra.pacts.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One dated change of a pact: the history a monthly report reads "as of month end". */
public record PactEvent(long periodId, long staffId, Kind kind, LocalDate date, Long batchId, String receivedBy,
                        String note, OffsetDateTime recordedAt) {

    public enum Kind {
        PRINTED, REPRINTED, SIGNED, SCAN_ATTACHED, SIGNATURE_CANCELLED
    }
}
