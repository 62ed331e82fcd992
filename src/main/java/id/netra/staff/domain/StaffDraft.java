package id.netra.staff.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the roster knows about one person, before the store gives it an id: what an import row
 * or the edit form produces. {@code nip} holds the NIP of a PNS or the NI PPPK of a PPPK (one
 * namespace, as in the store); non-ASN staff are known by NIK or an internal number.
 */
public record StaffDraft(
        StaffKind kind,
        String nip,
        String nik,
        String internalNo,
        PersonName name,
        Sex sex,
        String birthPlace,
        LocalDate birthDate,
        Grade grade,
        String position,
        PositionType positionType,
        String subUnitName,
        String phone,
        String email) {

    public StaffDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (nip == null && nik == null && internalNo == null) {
            throw new StaffRuleException("staff.rule.identity.missing");
        }
    }

    /** The key rows are matched on: NIP (or NI PPPK) first, then NIK, then the internal number. */
    public IdentityKey identityKey() {
        return IdentityKey.of(nip, nik, internalNo);
    }

    /** Names of the fields (see {@link StaffField}) whose values differ from {@code other}. */
    public List<StaffField> differencesFrom(StaffDraft other) {
        List<StaffField> diff = new ArrayList<>();
        compare(diff, StaffField.KIND, kind, other.kind);
        compare(diff, StaffField.NIP, nip, other.nip);
        compare(diff, StaffField.NIK, nik, other.nik);
        compare(diff, StaffField.INTERNAL_NO, internalNo, other.internalNo);
        compare(diff, StaffField.TITLE_FRONT, name.titleFront(), other.name.titleFront());
        compare(diff, StaffField.NAME, name.name(), other.name.name());
        compare(diff, StaffField.TITLE_BACK, name.titleBack(), other.name.titleBack());
        compare(diff, StaffField.SEX, sex, other.sex);
        compare(diff, StaffField.BIRTH_PLACE, birthPlace, other.birthPlace);
        compare(diff, StaffField.BIRTH_DATE, birthDate, other.birthDate);
        compare(diff, StaffField.GRADE, grade, other.grade);
        compare(diff, StaffField.POSITION, position, other.position);
        compare(diff, StaffField.POSITION_TYPE, positionType, other.positionType);
        compare(diff, StaffField.SUB_UNIT, subUnitName, other.subUnitName);
        compare(diff, StaffField.PHONE, phone, other.phone);
        compare(diff, StaffField.EMAIL, email, other.email);
        return diff;
    }

    /** The value of one field, for history lines and table columns. */
    public Object value(StaffField field) {
        return switch (field) {
            case KIND -> kind;
            case NIP -> nip;
            case NIK -> nik;
            case INTERNAL_NO -> internalNo;
            case NAME -> name.name();
            case TITLE_FRONT -> name.titleFront();
            case TITLE_BACK -> name.titleBack();
            case SEX -> sex;
            case BIRTH_PLACE -> birthPlace;
            case BIRTH_DATE -> birthDate;
            case GRADE -> grade;
            case POSITION -> position;
            case POSITION_TYPE -> positionType;
            case SUB_UNIT -> subUnitName;
            case PHONE -> phone;
            case EMAIL -> email;
        };
    }

    /**
     * This draft with the blanks filled from {@code existing}: an import that lacks a column (the
     * phone, say) must not wipe what the clerk typed by hand.
     */
    public StaffDraft keepingWhereBlank(StaffDraft existing) {
        return new StaffDraft(kind, or(nip, existing.nip), or(nik, existing.nik), or(internalNo, existing.internalNo),
                new PersonName(or(name.titleFront(), existing.name.titleFront()), name.name(),
                        or(name.titleBack(), existing.name.titleBack())),
                or(sex, existing.sex), or(birthPlace, existing.birthPlace), or(birthDate, existing.birthDate),
                or(grade, existing.grade), or(position, existing.position), or(positionType, existing.positionType),
                or(subUnitName, existing.subUnitName), or(phone, existing.phone), or(email, existing.email));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void compare(List<StaffField> diff, StaffField field, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            diff.add(field);
        }
    }
}
