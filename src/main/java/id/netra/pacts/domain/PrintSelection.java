package id.netra.pacts.domain;

import java.util.Set;

/**
 * Who goes into a print batch: everyone, one sub-unit, only those not yet signed, or hand-picked
 * people. Sub-unit and "unsigned" combine; a hand-picked set overrides both.
 */
public record PrintSelection(Long subUnitId, boolean unsignedOnly, Set<Long> staffIds) {

    public PrintSelection {
        staffIds = staffIds == null ? null : Set.copyOf(staffIds);
    }

    public static PrintSelection all() {
        return new PrintSelection(null, false, null);
    }

    public static PrintSelection unit(long subUnitId) {
        return new PrintSelection(subUnitId, false, null);
    }

    public static PrintSelection handPicked(Set<Long> ids) {
        return new PrintSelection(null, false, ids);
    }

    public PrintSelection unsigned() {
        return new PrintSelection(subUnitId, true, staffIds);
    }

    public boolean includes(PactRow row) {
        if (staffIds != null) {
            return staffIds.contains(row.staffId());
        }
        if (subUnitId != null && row.subUnitId() != subUnitId) {
            return false;
        }
        return !unsignedOnly || row.status() != PactStatus.SIGNED;
    }
}
