package id.netra.staff.store;

import static id.netra.db.schema.Tables.STAFF;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.StaffRecord;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.Staff;
import id.netra.staff.domain.StaffKind;

public final class StaffStore {

    private final Database db;

    public StaffStore(Database db) {
        this.db = db;
    }

    public List<Staff> listAll() {
        return db.dsl().selectFrom(STAFF).orderBy(STAFF.NAME).fetch(StaffStore::toDomain);
    }

    /** Headcount per kind of the staff active on {@code day}. */
    public Map<StaffKind, Integer> countByKind(LocalDate day) {
        Map<StaffKind, Integer> counts = new EnumMap<>(StaffKind.class);
        for (StaffKind k : StaffKind.values()) {
            counts.put(k, 0);
        }
        db.dsl().select(STAFF.KIND, org.jooq.impl.DSL.count()).from(STAFF)
                .where(STAFF.INACTIVE_DATE.isNull().or(STAFF.INACTIVE_DATE.gt(day)))
                .groupBy(STAFF.KIND)
                .forEach(r -> counts.put(StaffKind.valueOf(r.value1()), r.value2()));
        return counts;
    }

    public int count() {
        return db.dsl().fetchCount(STAFF);
    }

    /** Inserts a new person within the caller's transaction and returns the new id. */
    public static long insert(DSLContext ctx, Staff s) {
        StaffRecord r = ctx.newRecord(STAFF);
        fill(r, s);
        OffsetDateTime now = OffsetDateTime.now();
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.store();
        return r.getId();
    }

    static void fill(StaffRecord r, Staff s) {
        r.setKind(s.kind().name());
        r.setNip(s.nip());
        r.setNik(s.nik());
        r.setInternalNo(s.internalNo());
        r.setName(s.name());
        r.setTitleFront(s.titleFront());
        r.setTitleBack(s.titleBack());
        r.setSex(s.sex());
        r.setBirthPlace(s.birthPlace());
        r.setBirthDate(s.birthDate());
        r.setGrade(s.grade());
        r.setPosition(s.position());
        r.setPositionType(s.positionType());
        r.setSubUnitId(s.subUnitId());
        r.setPhone(s.phone());
        r.setEmail(s.email());
        r.setActive(s.active());
        r.setInactiveReason(s.inactiveReason() == null ? null : s.inactiveReason().name());
        r.setInactiveDate(s.inactiveDate());
    }

    static Staff toDomain(StaffRecord r) {
        return new Staff(r.getId(), StaffKind.valueOf(r.getKind()), r.getNip(), r.getNik(), r.getInternalNo(),
                r.getName(), r.getTitleFront(), r.getTitleBack(), r.getSex(), r.getBirthPlace(), r.getBirthDate(),
                r.getGrade(), r.getPosition(), r.getPositionType(), r.getSubUnitId(), r.getPhone(), r.getEmail(),
                r.getActive(), r.getInactiveReason() == null ? null : InactiveReason.valueOf(r.getInactiveReason()),
                r.getInactiveDate());
    }
}
