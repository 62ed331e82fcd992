package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision that ends the suspicion. A proven ASN case names a sanction level per the catalogue
 * (with the concrete detail, e.g. "pemotongan tunjangan kinerja 25% selama 6 bulan"); a non-ASN case
 * names a contract measure. {@code deliveredDate} is when the decree reached the person: it must come
 * within 14 working days of {@code decreeDate}.
 */
public record Decision(DecisionOutcome outcome, SanctionLevel sanction, ContractMeasure contractMeasure,
        String sanctionDetail, String decreeNumber, LocalDate decreeDate, LocalDate deliveredDate) {

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        sanctionDetail = sanctionDetail == null ? "" : sanctionDetail.strip();
        decreeNumber = decreeNumber == null ? "" : decreeNumber.strip();
    }

    public static Decision notProven(String decreeNumber, LocalDate decreeDate) {
        return new Decision(DecisionOutcome.NOT_PROVEN, null, null, "", decreeNumber, decreeDate, null);
    }
}
