package id.netra.staff.io;

import java.time.LocalDate;
import java.util.List;

import id.netra.staff.domain.StaffField;

/** Validates a read file under a mapping: the step between "choose file" and "preview". */
public final class StaffImportReader {

    private StaffImportReader() {
    }

    /**
     * The rows as persons or errors. The mapping must at least give the name and one identity
     * column, else every row would fail for the same reason: that is said once, as a problem.
     */
    public static List<ParsedRow> validate(SourceTable table, ColumnMapping mapping, LocalDate today,
            ReadListener listener) throws ImportProblem {
        requireUsable(mapping);
        return new RowValidator(mapping, today).validate(table.dataRows(), listener);
    }

    /**
     * Checks what the edit form typed with exactly the import's rules; each issue's column is the
     * {@link StaffField} name, so the form can decorate the right control.
     */
    public static ParsedRow validateForm(java.util.Map<StaffField, String> values, LocalDate today) {
        List<String> cells = new java.util.ArrayList<>();
        for (StaffField f : StaffField.values()) {
            String v = values.get(f);
            cells.add(v == null ? "" : v);
        }
        return new RowValidator(ColumnMapping.byFieldName(), today).validate(new RawRow(0, cells, cells.size()));
    }

    public static void requireUsable(ColumnMapping mapping) throws ImportProblem {
        if (!mapping.isMapped(StaffField.NAME)) {
            throw new ImportProblem("staff.import.error.mappingNoName");
        }
        if (!mapping.isMapped(StaffField.NIP) && !mapping.isMapped(StaffField.NIK)
                && !mapping.isMapped(StaffField.INTERNAL_NO)) {
            throw new ImportProblem("staff.import.error.mappingNoIdentity");
        }
    }
}
