package id.netra.staff.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one import writes, applied in one transaction: people to add, people to update (by id),
 * people to deactivate (chosen by the clerk among those the file no longer lists), and the counts
 * for the import log.
 */
public record RosterChanges(List<StaffDraft> creates, Map<Long, StaffDraft> updates, List<Long> deactivations,
        InactiveReason deactivationReason, LocalDate deactivationDate, String fileName, int unchanged, int rejected) {

    public RosterChanges {
        creates = List.copyOf(creates);
        updates = Map.copyOf(updates);
        deactivations = List.copyOf(deactivations);
    }

    public int size() {
        return creates.size() + updates.size() + deactivations.size();
    }
}
