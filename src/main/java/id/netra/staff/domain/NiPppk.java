package id.netra.staff.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-digit NI PPPK: birth date (8), appointment year (4), a two-digit field whose meaning is not
 * published (kept, not checked), sex digit (1), sequence (3).
 */
public record NiPppk(String digits, LocalDate birthDate, int appointmentYear, Sex sex, int sequence) {

    public static final int LENGTH = 18;

    public static NiPppk parse(String raw) {
        String d = IdentityDigits.clean(raw, "nippppk", LENGTH);
        if (d.endsWith("000")) {
            throw new StaffRuleException("staff.rule.excelDamaged", raw.strip());
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(IdentityDigits.digits(d, 0, 4), IdentityDigits.digits(d, 4, 6),
                    IdentityDigits.digits(d, 6, 8));
        } catch (DateTimeException e) {
            throw new StaffRuleException("staff.rule.nippppk.birthDate", Nip.grouped(d), d.substring(0, 8));
        }
        int year = IdentityDigits.digits(d, 8, 12);
        if (birth.getYear() < 1900 || year < birth.getYear() + 18) {
            throw new StaffRuleException("staff.rule.nippppk.year", Nip.grouped(d), d.substring(8, 12));
        }
        char sexDigit = d.charAt(14);
        if (sexDigit != '1' && sexDigit != '2') {
            throw new StaffRuleException("staff.rule.nip.sexDigit", Nip.grouped(d), String.valueOf(sexDigit));
        }
        return new NiPppk(d, birth, year, sexDigit == '1' ? Sex.MALE : Sex.FEMALE, IdentityDigits.digits(d, 15, 18));
    }

    /** Grouped like a NIP (8 6 1 3), as regional decrees print it. */
    public String grouped() {
        return Nip.grouped(digits);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
