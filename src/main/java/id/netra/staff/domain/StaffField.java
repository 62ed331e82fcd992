package id.netra.staff.domain;

/**
 * The roster's fields as an import maps columns onto them and as the history names changes.
 * {@link #messageKey()} is the label shown to the clerk.
 */
public enum StaffField {
    NIP, NIK, INTERNAL_NO, NAME, TITLE_FRONT, TITLE_BACK, SEX, BIRTH_PLACE, BIRTH_DATE, KIND,
    GRADE, POSITION, POSITION_TYPE, SUB_UNIT, PHONE, EMAIL;

    public String messageKey() {
        return "staff.field." + name();
    }
}
