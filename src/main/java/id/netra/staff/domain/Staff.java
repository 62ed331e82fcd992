package id.netra.staff.domain;

import java.time.LocalDate;

/**
 * One person on the roster. {@code nip} holds the 18-digit NIP of a PNS or NI PPPK of a PPPK;
 * non-ASN are known by {@code nik} or an internal number.
 */
public record Staff(
        long id,
        StaffKind kind,
        String nip,
        String nik,
        String internalNo,
        String name,
        String titleFront,
        String titleBack,
        String sex,
        String birthPlace,
        LocalDate birthDate,
        String grade,
        String position,
        String positionType,
        Long subUnitId,
        String phone,
        String email,
        boolean active,
        InactiveReason inactiveReason,
        LocalDate inactiveDate) {

    /** Name as documents print it: "Dr. H. Ahmad Fauzi, S.Pd., M.Si.". */
    public String fullName() {
        StringBuilder sb = new StringBuilder();
        if (titleFront != null && !titleFront.isBlank()) {
            sb.append(titleFront.trim()).append(' ');
        }
        sb.append(name.trim());
        if (titleBack != null && !titleBack.isBlank()) {
            sb.append(", ").append(titleBack.trim());
        }
        return sb.toString();
    }

    /** Active on {@code day}: inactive staff drop out from their inactive date on. */
    public boolean activeOn(LocalDate day) {
        return inactiveDate == null || day.isBefore(inactiveDate);
    }
}
