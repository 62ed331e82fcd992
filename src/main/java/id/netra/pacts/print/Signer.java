package id.netra.pacts.print;

import java.util.Objects;

import id.netra.pacts.domain.EmploymentKind;

/**
 * A person as printed on a pact: strings ready for paper, no database ids.
 *
 * @param fullName  name with titles ("Dr. H. Agus Salim, M.Pd.")
 * @param number    NIP or NI PPPK digits (grouped when printed); ignored for non-ASN
 * @param rankGrade "Penata Muda (III/a)" for PNS, "IX" for PPPK; null when unknown
 * @param unit      unit kerja as printed, e.g. "Bidang Pembinaan SD, Dinas Pendidikan"
 */
public record Signer(String fullName, EmploymentKind kind, String number, String rankGrade, String position,
                     String unit) {

    public Signer {
        fullName = Objects.requireNonNullElse(fullName, "").strip();
        kind = Objects.requireNonNull(kind, "kind");
    }
}
