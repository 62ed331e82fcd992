package id.netra.staff.service;

import java.util.List;

import id.netra.staff.io.RowIssue;

/**
 * What an import did (or, for a dry run, would do): counts per outcome and the rejected rows with
 * their reasons. {@code committed} is false for a dry run and when nothing could be imported.
 * {@code notInFile} counts active staff the file does not list (the wizard offers them for
 * deactivation; the CLI only reports them).
 */
public record ImportResult(int created, int updated, int unchanged, int rejected, int deactivated,
        List<RowIssue> rejectedRows, boolean committed, int notInFile) {

    public ImportResult {
        rejectedRows = List.copyOf(rejectedRows);
    }

    /** True when at least one row was valid: the CLI exits 0 then, 1 otherwise. */
    public boolean anythingImportable() {
        return created + updated + unchanged > 0;
    }
}
