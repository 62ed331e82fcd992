package id.netra.staff.io;

import java.util.List;

import id.netra.staff.domain.StaffDraft;

/**
 * One data row after validation: the person it describes (null when the row cannot be imported),
 * the errors that reject it and the warnings that do not.
 */
public record ParsedRow(int rowNumber, StaffDraft draft, List<RowIssue> errors, List<RowIssue> warnings) {

    public ParsedRow {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean isValid() {
        return draft != null && errors.isEmpty();
    }
}
