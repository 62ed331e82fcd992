package id.netra.findings.store;

import static id.netra.db.schema.Tables.CASE_CODE;
import static id.netra.db.schema.Tables.VIOLATION_CODE;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.ViolationCodeRecord;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.CatalogueVersioning;
import id.netra.findings.domain.Problem;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.ViolationCategory;

/** The violation catalogue: listing, adding, retiring and versioned editing. */
public final class CatalogueStore {

    private final Database db;
    private final Clock clock;

    public CatalogueStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Rows in code order (E before D, numerically), newest version first within a code. */
    public List<CatalogueEntry> list(boolean includeRetired) {
        var q = db.dsl().selectFrom(VIOLATION_CODE);
        var rows = includeRetired ? q.fetch() : q.where(VIOLATION_CODE.RETIRED.isFalse()).fetch();
        return rows.map(CatalogueStore::toEntry).stream()
                .sorted(java.util.Comparator.comparing((CatalogueEntry e) -> e.code().charAt(0) == 'E' ? 0 : 1)
                        .thenComparingInt(e -> Integer.parseInt(e.code().substring(1)))
                        .thenComparing(CatalogueEntry::version, java.util.Comparator.reverseOrder()))
                .toList();
    }

    public Optional<CatalogueEntry> find(long id) {
        return db.dsl().selectFrom(VIOLATION_CODE).where(VIOLATION_CODE.ID.eq(id)).fetchOptional()
                .map(CatalogueStore::toEntry);
    }

    public boolean isUsed(long id) {
        return db.dsl().fetchExists(CASE_CODE, CASE_CODE.VIOLATION_CODE_ID.eq(id));
    }

    /** A region's own row (E8, D14...): its code must not exist yet among active rows. */
    public CatalogueEntry add(CatalogueEntry entry) {
        List<Problem> problems = CatalogueVersioning.validate(entry).stream().map(Problem::of)
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        FindingsInputException.throwIfAny(problems);
        return db.inTransaction(ctx -> {
            if (ctx.fetchExists(VIOLATION_CODE, VIOLATION_CODE.CODE.eq(entry.code()))) {
                throw FindingsInputException.of("findings.catalogue.error.duplicate", entry.code());
            }
            ViolationCodeRecord r = ctx.newRecord(VIOLATION_CODE);
            fill(r, entry);
            r.setCode(entry.code());
            r.setCodeVersion(1);
            r.setRetired(false);
            r.store();
            return toEntry(r);
        });
    }

    /**
     * Applies the clerk's edit of row {@code id}: in place when no case uses it, otherwise as a new
     * version that replaces (retires) the old one. Returns the row now current for that code.
     */
    public CatalogueEntry edit(long id, CatalogueEntry edited) {
        List<Problem> problems = CatalogueVersioning.validate(edited).stream().map(Problem::of).toList();
        FindingsInputException.throwIfAny(problems);
        return db.inTransaction(ctx -> {
            ViolationCodeRecord current = load(ctx, id);
            if (current.getRetired()) {
                throw FindingsInputException.of("findings.catalogue.error.retired", current.getCode());
            }
            CatalogueEntry before = toEntry(current);
            boolean used = ctx.fetchExists(CASE_CODE, CASE_CODE.VIOLATION_CODE_ID.eq(id));
            switch (CatalogueVersioning.decide(before, edited, used)) {
                case NO_CHANGE:
                    return before;
                case UPDATE_IN_PLACE:
                    fill(current, edited);
                    current.store();
                    return toEntry(current);
                default:
                    current.setRetired(true);
                    current.setRetiredAt(OffsetDateTime.now(clock));
                    current.store();
                    CatalogueEntry next = CatalogueVersioning.nextVersion(before, edited);
                    ViolationCodeRecord r = ctx.newRecord(VIOLATION_CODE);
                    fill(r, next);
                    r.setCode(next.code());
                    r.setCodeVersion(next.version());
                    r.setRetired(false);
                    r.store();
                    return toEntry(r);
            }
        });
    }

    /** Retired rows stay for the cases that used them; new cases can no longer pick them. */
    public void retire(long id) {
        db.inTransactionRun(ctx -> {
            ViolationCodeRecord r = load(ctx, id);
            r.setRetired(true);
            r.setRetiredAt(OffsetDateTime.now(clock));
            r.store();
        });
    }

    private static ViolationCodeRecord load(DSLContext ctx, long id) {
        ViolationCodeRecord r = ctx.selectFrom(VIOLATION_CODE).where(VIOLATION_CODE.ID.eq(id)).forUpdate().fetchOne();
        if (r == null) {
            throw FindingsInputException.of("findings.catalogue.error.missing", id);
        }
        return r;
    }

    private static void fill(ViolationCodeRecord r, CatalogueEntry e) {
        r.setCategory(e.category().name());
        r.setDescription(e.description().strip());
        r.setDefaultSanction(e.defaultSanction().name());
        r.setLegalBasis(e.legalBasis());
        r.setValidFrom(e.validFrom());
    }

    static CatalogueEntry toEntry(ViolationCodeRecord r) {
        return new CatalogueEntry(r.getId(), r.getCode(), r.getCodeVersion(), ViolationCategory.valueOf(r.getCategory()),
                r.getDescription(), SanctionLevel.valueOf(r.getDefaultSanction()), r.getLegalBasis(), r.getValidFrom(),
                r.getRetired());
    }
}
