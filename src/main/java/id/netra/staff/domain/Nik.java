package id.netra.staff.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 16-digit NIK (national ID): province (2), regency (2), district (2), birth date DDMMYY with 40
 * added to the day for women, sequence (4). Only the plausibility of those parts is checked: the
 * population registry is the authority, not us.
 */
public record Nik(String digits, LocalDate birthDate, Sex sex) {

    public static final int LENGTH = 16;

    /** Parses with the current date deciding the century of the two-digit year. */
    public static Nik parse(String raw) {
        return parse(raw, LocalDate.now());
    }

    public static Nik parse(String raw, LocalDate today) {
        String d = IdentityDigits.clean(raw, "nik", LENGTH);
        int province = IdentityDigits.digits(d, 0, 2);
        // province codes run from 11 (Aceh) to the 9x of the Papua provinces
        if (province < 11 || province > 99 || IdentityDigits.digits(d, 2, 4) == 0
                || IdentityDigits.digits(d, 4, 6) == 0) {
            throw new StaffRuleException("staff.rule.nik.region", d, d.substring(0, 6));
        }
        int day = IdentityDigits.digits(d, 6, 8);
        Sex sex = Sex.MALE;
        if (day > 40) {
            day -= 40;
            sex = Sex.FEMALE;
        }
        int month = IdentityDigits.digits(d, 8, 10);
        int yy = IdentityDigits.digits(d, 10, 12);
        int year = 2000 + yy;
        if (year > today.getYear()) {
            year -= 100;
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new StaffRuleException("staff.rule.nik.birthDate", d, d.substring(6, 12));
        }
        if (birth.isAfter(today)) {
            birth = birth.minusYears(100);
        }
        if (IdentityDigits.digits(d, 12, 16) == 0) {
            throw new StaffRuleException("staff.rule.nik.sequence", d);
        }
        return new Nik(d, birth, sex);
    }

    @Override
    public String toString() {
        return digits;
    }
}
