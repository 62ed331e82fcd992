package id.netra.staff.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.RosterChanges;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.io.ExistingStaff;
import id.netra.staff.io.ImportOutcome;
import id.netra.staff.io.ImportPlan;
import id.netra.staff.io.ImportProblem;
import id.netra.staff.io.PlannedRow;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.SourceTable;
import id.netra.staff.io.StaffFileReader;
import id.netra.staff.io.StaffImportReader;
import id.netra.staff.store.RosterStore;

/**
 * The import use case shared by the wizard, the CLI and the sample loader: read a file, map its
 * columns (remembering the clerk's choice per kind of file), preview against the roster, commit.
 */
public final class StaffImportService {

    private final RosterStore store;

    public StaffImportService(RosterStore store) {
        this.store = store;
    }

    public SourceTable read(Path file, ReadListener listener) throws ImportProblem {
        return StaffFileReader.read(file, listener);
    }

    /** The mapping last confirmed for files with these headings, else the automatic one. */
    public ColumnMapping initialMapping(SourceTable table) {
        ColumnMapping auto = ColumnMapping.auto(table.header());
        return store.rememberedMapping(signature(auto))
                .map(json -> ColumnMapping.fromJson(json, table.header()))
                .orElse(auto);
    }

    public ImportPlan preview(SourceTable table, ColumnMapping mapping, LocalDate today, ReadListener listener)
            throws ImportProblem {
        var parsed = StaffImportReader.validate(table, mapping, today, listener);
        List<ExistingStaff> roster = new ArrayList<>();
        for (StaffMember m : store.listAll()) {
            roster.add(new ExistingStaff(m.id(), m.draft(), m.active()));
        }
        return ImportPlan.build(parsed, roster);
    }

    /**
     * Writes the plan's new and updated rows, and deactivates {@code deactivate} (ids the clerk
     * picked from {@link ImportPlan#missing()}), all in one transaction; remembers the mapping.
     */
    public ImportResult commit(ImportPlan plan, ColumnMapping mapping, String fileName, List<Long> deactivate,
            InactiveReason reason, LocalDate deactivationDate, BooleanSupplier cancelled,
            RosterStore.ProgressSink progress) {
        RosterChanges changes = changes(plan, fileName, deactivate, reason, deactivationDate);
        if (!plan.hasImportableRows()) {
            return result(plan, 0, false);
        }
        store.apply(changes, cancelled, progress);
        store.rememberMapping(signature(mapping), mapping.toJson());
        return result(plan, deactivate.size(), true);
    }

    /** Commits inside the caller's transaction (the sample loader's); remembers no mapping. */
    public static ImportResult commitIn(org.jooq.DSLContext ctx, ImportPlan plan, String fileName) {
        if (!plan.hasImportableRows()) {
            return result(plan, 0, false);
        }
        RosterStore.applyIn(ctx, changes(plan, fileName, List.of(), InactiveReason.LAINNYA, LocalDate.now()),
                () -> false, RosterStore.ProgressSink.NONE);
        return result(plan, 0, true);
    }

    private static RosterChanges changes(ImportPlan plan, String fileName, List<Long> deactivate,
            InactiveReason reason, LocalDate deactivationDate) {
        List<StaffDraft> creates = new ArrayList<>();
        Map<Long, StaffDraft> updates = new HashMap<>();
        for (PlannedRow r : plan.rows()) {
            if (r.outcome() == ImportOutcome.NEW) {
                creates.add(r.toWrite());
            } else if (r.outcome() == ImportOutcome.UPDATE) {
                updates.put(r.existingId(), r.toWrite());
            }
        }
        return new RosterChanges(creates, updates, deactivate, reason, deactivationDate, fileName,
                plan.count(ImportOutcome.UNCHANGED), plan.count(ImportOutcome.ERROR));
    }

    /** Read, map automatically (or as remembered), preview and, unless {@code dryRun}, commit. */
    public ImportResult importFile(Path file, boolean dryRun, LocalDate today) throws ImportProblem {
        SourceTable table = read(file, ReadListener.NONE);
        ColumnMapping mapping = initialMapping(table);
        ImportPlan plan = preview(table, mapping, today, ReadListener.NONE);
        if (dryRun || !plan.hasImportableRows()) {
            return result(plan, 0, false);
        }
        return commit(plan, mapping, file.getFileName().toString(), List.of(), InactiveReason.LAINNYA, today,
                () -> false, RosterStore.ProgressSink.NONE);
    }

    private static ImportResult result(ImportPlan plan, int deactivated, boolean committed) {
        return new ImportResult(plan.count(ImportOutcome.NEW), plan.count(ImportOutcome.UPDATE),
                plan.count(ImportOutcome.UNCHANGED), plan.count(ImportOutcome.ERROR), deactivated, plan.errors(),
                committed, plan.missing().size() - deactivated);
    }

    /** A fixed-length key for "files with these headings" (the store column is 64 characters). */
    static String signature(ColumnMapping mapping) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(mapping.headerSignature().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
