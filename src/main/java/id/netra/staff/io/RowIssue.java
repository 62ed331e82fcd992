package id.netra.staff.io;

import java.util.Arrays;

import id.netra.i18n.Messages;

/**
 * A problem with one row: where (row number as Excel shows it, column heading) and why, as a bundle
 * key so the reason reads in the clerk's language.
 */
public record RowIssue(int row, String column, String key, Object[] args) {

    public RowIssue {
        args = args == null ? new Object[0] : args.clone();
    }

    public String reason() {
        return Messages.tr(key, args);
    }

    /** "Baris 12, kolom NIP BARU: ..." */
    public String describe() {
        return column == null || column.isEmpty()
                ? Messages.tr("staff.import.issue.row", row, reason())
                : Messages.tr("staff.import.issue.rowColumn", row, column, reason());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowIssue other && row == other.row && java.util.Objects.equals(column, other.column)
                && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(row, column, key, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return row + "/" + column + ": " + key + Arrays.toString(args);
    }
}
