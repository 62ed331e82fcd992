package id.netra.staff.domain;

import java.time.LocalDate;

/**
 * The 18-digit NI PPPK: birth date (8), appointment year (4), a two-digit field whose meaning is not
 * published (kept, not checked), sex digit (1), sequence (3).
 */
public record NiPppk(String digits, LocalDate birthDate, int appointmentYear, Sex sex, int sequence) {

    public static final int LENGTH = 18;

    public static NiPppk parse(String raw) {
        String d = IdentityDigits.clean(raw, "nippppk", LENGTH);
        IdentityDigits.rejectExcelZeros(d, raw);
        LocalDate birth = IdentityDigits.birthDate(d, "nippppk");
        int year = IdentityDigits.digits(d, 8, 12);
        if (birth.getYear() < 1900 || year < birth.getYear() + 18) {
            throw new StaffRuleException("staff.rule.nippppk.year", Nip.grouped(d), d.substring(8, 12));
        }
        return new NiPppk(d, birth, year, IdentityDigits.sex(d), IdentityDigits.digits(d, 15, 18));
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
