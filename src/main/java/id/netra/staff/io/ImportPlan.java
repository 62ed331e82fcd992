package id.netra.staff.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;

/**
 * The preview of an import against the current roster: every row new, update, unchanged or error,
 * plus the active staff the file does not mention (offered for deactivation after a full export,
 * never removed on their own). Building it writes nothing.
 */
public final class ImportPlan {

    private final List<PlannedRow> rows;
    private final List<ExistingStaff> missing;
    private final Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);

    private ImportPlan(List<PlannedRow> rows, List<ExistingStaff> missing) {
        this.rows = List.copyOf(rows);
        this.missing = List.copyOf(missing);
        for (ImportOutcome o : ImportOutcome.values()) {
            counts.put(o, 0);
        }
        for (PlannedRow r : rows) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
    }

    public static ImportPlan build(List<ParsedRow> parsed, Collection<ExistingStaff> roster) {
        Map<String, ExistingStaff> byNip = new HashMap<>();
        Map<String, ExistingStaff> byNik = new HashMap<>();
        Map<String, ExistingStaff> byInternal = new HashMap<>();
        for (ExistingStaff s : roster) {
            StaffDraft d = s.draft();
            if (d.nip() != null) {
                byNip.put(d.nip(), s);
            }
            if (d.nik() != null) {
                byNik.put(d.nik(), s);
            }
            if (d.internalNo() != null) {
                byInternal.put(d.internalNo(), s);
            }
        }
        Set<Long> matched = new HashSet<>();
        List<PlannedRow> planned = new ArrayList<>(parsed.size());
        for (ParsedRow p : parsed) {
            if (!p.isValid()) {
                planned.add(new PlannedRow(p, ImportOutcome.ERROR, null, null, List.of()));
                continue;
            }
            StaffDraft d = p.draft();
            ExistingStaff found = null;
            if (d.nip() != null) {
                found = byNip.get(d.nip());
            }
            if (found == null && d.nik() != null) {
                found = byNik.get(d.nik());
            }
            if (found == null && d.internalNo() != null) {
                found = byInternal.get(d.internalNo());
            }
            if (found == null) {
                planned.add(new PlannedRow(p, ImportOutcome.NEW, null, d, List.of()));
                continue;
            }
            matched.add(found.id());
            StaffDraft merged = d.keepingWhereBlank(found.draft());
            List<StaffField> changes = merged.differencesFrom(found.draft());
            planned.add(changes.isEmpty()
                    ? new PlannedRow(p, ImportOutcome.UNCHANGED, found.id(), null, List.of())
                    : new PlannedRow(p, ImportOutcome.UPDATE, found.id(), merged, changes));
        }
        List<ExistingStaff> missing = roster.stream()
                .filter(s -> s.active() && !matched.contains(s.id()))
                .toList();
        return new ImportPlan(planned, missing);
    }

    public List<PlannedRow> rows() {
        return rows;
    }

    public int count(ImportOutcome outcome) {
        return counts.get(outcome);
    }

    /** Active staff the file does not mention: candidates for deactivation after a full export. */
    public List<ExistingStaff> missing() {
        return missing;
    }

    public List<RowIssue> errors() {
        List<RowIssue> all = new ArrayList<>();
        for (PlannedRow r : rows) {
            all.addAll(r.parsed().errors());
        }
        return all;
    }

    public boolean hasWork() {
        return count(ImportOutcome.NEW) + count(ImportOutcome.UPDATE) > 0;
    }

    public boolean hasImportableRows() {
        return rows.stream().anyMatch(r -> r.outcome() != ImportOutcome.ERROR);
    }
}
