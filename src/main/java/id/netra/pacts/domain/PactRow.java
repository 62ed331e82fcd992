package id.netra.pacts.domain;

import java.time.LocalDate;

/**
 * One person as the pact screens list them: identity, sub-unit, and where their pact stands.
 *
 * @param subUnitHead the person heads their sub-unit (chase lists put heads first)
 */
public record PactRow(long staffId, String fullName, EmploymentKind kind, String number, String position,
                      long subUnitId, String subUnitName, int subUnitOrder, boolean subUnitHead,
                      PactStatus status, LocalDate signedOn, Long batchId, int printCount, boolean hasScan) {

    /** The identity number as printed: grouped NIP / NI PPPK, or "-". */
    public String printedNumber() {
        return IdentityFormat.numberValue(kind, number);
    }
}
