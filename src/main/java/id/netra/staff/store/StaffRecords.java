package id.netra.staff.store;

import java.util.Map;

import id.netra.db.schema.tables.records.StaffRecord;
import id.netra.staff.domain.Grade;
import id.netra.staff.domain.InactiveReason;
import id.netra.staff.domain.PersonName;
import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.Sex;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffMember;

/** Maps generated staff records to domain records and back; nothing outside the store sees the former. */
final class StaffRecords {

    private StaffRecords() {
    }

    static StaffMember toMember(StaffRecord r, Map<Long, String> unitNames) {
        StaffKind kind = StaffKind.valueOf(r.getKind());
        StaffDraft draft = new StaffDraft(kind, r.getNip(), r.getNik(), r.getInternalNo(),
                new PersonName(r.getTitleFront(), r.getName(), r.getTitleBack()),
                r.getSex() == null ? null : Sex.ofCode(r.getSex().strip()), r.getBirthPlace(), r.getBirthDate(),
                r.getGrade() == null || kind == StaffKind.NON_ASN ? null
                        : Grade.parse(r.getGrade(), kind).orElse(null),
                r.getPosition(), r.getPositionType() == null ? null : PositionType.valueOf(r.getPositionType()),
                r.getSubUnitId() == null ? null : unitNames.get(r.getSubUnitId()), r.getPhone(), r.getEmail());
        return new StaffMember(r.getId(), draft, r.getSubUnitId(), Boolean.TRUE.equals(r.getActive()),
                r.getInactiveReason() == null ? null : InactiveReason.valueOf(r.getInactiveReason()),
                r.getInactiveDate(), r.getInactiveNote());
    }

    /** Copies the draft's fields onto {@code r}; the sub-unit id is resolved by the caller. */
    static void fill(StaffRecord r, StaffDraft d, Long subUnitId) {
        r.setKind(d.kind().name());
        r.setNip(d.nip());
        r.setNik(d.nik());
        r.setInternalNo(d.internalNo());
        r.setName(d.name().name());
        r.setTitleFront(d.name().titleFront());
        r.setTitleBack(d.name().titleBack());
        r.setSex(d.sex() == null ? null : d.sex().code());
        r.setBirthPlace(d.birthPlace());
        r.setBirthDate(d.birthDate());
        r.setGrade(d.grade() == null ? null : d.grade().code());
        r.setPosition(d.position());
        r.setPositionType(d.positionType() == null ? null : d.positionType().name());
        r.setSubUnitId(subUnitId);
        r.setPhone(d.phone());
        r.setEmail(d.email());
    }

    /** The text the history keeps for a field value. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Grade g ? g.code() : value instanceof Sex sex ? sex.code() : value.toString();
        return s.length() > 400 ? s.substring(0, 400) : s;
    }
}
