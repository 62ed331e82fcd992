package id.netra.pacts.domain;

import java.time.LocalDate;

/**
 * The current state of one person's pact in one period (its history is in {@link PactEvent}s).
 *
 * @param batchId     the latest batch the person's sheet was printed in
 * @param printCount  1 for the first print, more after reprints
 * @param scan        the scanned signed sheet, or null
 */
public record Pact(long periodId, long staffId, PactStatus status, long batchId, LocalDate printedOn, int printCount,
                   LocalDate signedOn, String receivedBy, ScanAttachment scan) {

    public boolean signed() {
        return status == PactStatus.SIGNED;
    }
}
