package id.netra.staff.domain;

import java.time.LocalDate;

/**
 * A person on the roster as the screens see them: the stored id, their data, and whether (and since
 * when, and why) they left. Leaving is dated: they count until the day before {@code inactiveDate}.
 */
public record StaffMember(long id, StaffDraft draft, Long subUnitId, boolean active, InactiveReason inactiveReason,
        LocalDate inactiveDate, String inactiveNote) {

    /** On the roster on {@code day}: never deactivated, or deactivated with effect after that day. */
    public boolean isActiveOn(LocalDate day) {
        return active || inactiveDate != null && inactiveDate.isAfter(day);
    }

    /** Name as documents print it: "Dr. H. Ahmad Fauzi, S.Pd., M.Si.". */
    public String fullName() {
        return draft.name().full();
    }

    /** The golongan code ("III/a", "IX"), or null. */
    public String gradeCode() {
        return draft.grade() == null ? null : draft.grade().code();
    }

    /** NIP / NI PPPK grouped, else NIK, else the internal number: what lists show as the number. */
    public String displayNumber() {
        if (draft.nip() != null) {
            return draft.nip().length() == Nip.LENGTH ? Nip.grouped(draft.nip()) : draft.nip();
        }
        return draft.nik() != null ? draft.nik() : draft.internalNo();
    }
}
