package id.netra.staff.io;

import java.util.List;

import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;

/**
 * One row of the preview: its outcome, the fields that would change, and for new and updated rows
 * the person to write ({@code existingId} set for updates).
 */
public record PlannedRow(ParsedRow parsed, ImportOutcome outcome, Long existingId, StaffDraft toWrite,
        List<StaffField> changes) {

    public PlannedRow {
        changes = List.copyOf(changes);
    }

    public int rowNumber() {
        return parsed.rowNumber();
    }
}
