package id.netra.staff.ui;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import id.netra.staff.domain.StaffKind;

/**
 * What the clerk filters on: typed text (part of a name or of a NIP, spaces ignored in numbers),
 * sub-unit, kind and active state on a given day.
 */
public record StaffFilter(String text, Long subUnitId, StaffKind kind, ActiveState state, LocalDate today) {

    public enum ActiveState { ACTIVE, INACTIVE, ALL }

    public Predicate<StaffRow> predicate() {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // "19850612 2010" typed as printed still finds the NIP: digits-only queries drop the spaces
        String digits = needle.replace(" ", "");
        String query = digits.chars().allMatch(Character::isDigit) ? digits : needle;
        return row -> {
            var m = row.member();
            if (kind != null && m.draft().kind() != kind) {
                return false;
            }
            if (subUnitId != null && !subUnitId.equals(m.subUnitId())) {
                return false;
            }
            if (state != ActiveState.ALL) {
                boolean active = m.isActiveOn(today);
                if (active != (state == ActiveState.ACTIVE)) {
                    return false;
                }
            }
            return query.isEmpty() || row.searchKey().contains(query);
        };
    }
}
