package id.netra.staff.store;

import static id.netra.db.schema.Tables.SUB_UNIT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.SubUnitRecord;
import id.netra.staff.domain.SubUnit;
import id.netra.staff.domain.SubUnitKind;

public final class SubUnitStore {

    private final Database db;

    public SubUnitStore(Database db) {
        this.db = db;
    }

    public List<SubUnit> list() {
        return db.dsl().selectFrom(SUB_UNIT).orderBy(SUB_UNIT.SORT_ORDER, SUB_UNIT.NAME).fetch(SubUnitStore::toDomain);
    }

    public Optional<SubUnit> byName(String name) {
        return byName(db.dsl(), name);
    }

    static Optional<SubUnit> byName(DSLContext ctx, String name) {
        return ctx.selectFrom(SUB_UNIT).where(SUB_UNIT.NAME.equalIgnoreCase(name.trim())).fetchOptional(SubUnitStore::toDomain);
    }

    /** The sub-unit called {@code name}, created at the end of the list when new. */
    public static long findOrCreate(DSLContext ctx, String name, SubUnitKind kind) {
        Optional<SubUnit> existing = byName(ctx, name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        Integer last = ctx.select(org.jooq.impl.DSL.max(SUB_UNIT.SORT_ORDER)).from(SUB_UNIT).fetchOne(0, Integer.class);
        SubUnitRecord r = ctx.newRecord(SUB_UNIT);
        r.setName(name.trim());
        r.setKind(kind.name());
        r.setSortOrder(last == null ? 1 : last + 1);
        r.setActive(true);
        r.store();
        return r.getId();
    }

    static SubUnit toDomain(SubUnitRecord r) {
        return new SubUnit(r.getId(), r.getName(), SubUnitKind.valueOf(r.getKind()), r.getSortOrder(),
                r.getHeadStaffId(), r.getActive());
    }
}
