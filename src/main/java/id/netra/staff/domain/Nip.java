package id.netra.staff.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 18-digit NIP of a PNS: birth date (YYYYMMDD), TMT CPNS (YYYYMM), sex digit (1 male, 2 female)
 * and a 3-digit sequence. Printed grouped 8 6 1 3 as on decrees: {@code 19850612 201001 1 003}.
 */
public record Nip(String digits, LocalDate birthDate, YearMonth tmtCpns, Sex sex, int sequence) {

    public static final int LENGTH = 18;

    public Nip {
        if (digits == null || digits.length() != LENGTH) {
            throw new StaffRuleException("staff.rule.nip.length", String.valueOf(digits), 0, LENGTH);
        }
    }

    public static Nip parse(String raw) {
        String d = IdentityDigits.clean(raw, "nip", LENGTH);
        // sequence 000 is never issued, and 18-digit numbers that went through Excel end in zeros
        if (d.endsWith("000")) {
            throw new StaffRuleException("staff.rule.excelDamaged", raw.strip());
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(IdentityDigits.digits(d, 0, 4), IdentityDigits.digits(d, 4, 6),
                    IdentityDigits.digits(d, 6, 8));
        } catch (DateTimeException e) {
            throw new StaffRuleException("staff.rule.nip.birthDate", grouped(d), d.substring(0, 8));
        }
        if (birth.getYear() < 1900) {
            throw new StaffRuleException("staff.rule.nip.birthDate", grouped(d), d.substring(0, 8));
        }
        int tmtYear = IdentityDigits.digits(d, 8, 12);
        int tmtMonth = IdentityDigits.digits(d, 12, 14);
        if (tmtMonth < 1 || tmtMonth > 12) {
            throw new StaffRuleException("staff.rule.nip.tmt", grouped(d), d.substring(8, 14));
        }
        YearMonth tmt = YearMonth.of(tmtYear, tmtMonth);
        // nobody becomes CPNS before 18: a TMT earlier than that means swapped or mistyped digits
        if (tmt.isBefore(YearMonth.from(birth.plusYears(18)))) {
            throw new StaffRuleException("staff.rule.nip.tmtBeforeAdult", grouped(d), d.substring(8, 14));
        }
        char sexDigit = d.charAt(14);
        if (sexDigit != '1' && sexDigit != '2') {
            throw new StaffRuleException("staff.rule.nip.sexDigit", grouped(d), String.valueOf(sexDigit));
        }
        return new Nip(d, birth, tmt, sexDigit == '1' ? Sex.MALE : Sex.FEMALE, IdentityDigits.digits(d, 15, 18));
    }

    /** "19850612 201001 1 003". */
    public String grouped() {
        return grouped(digits);
    }

    static String grouped(String d) {
        return d.substring(0, 8) + " " + d.substring(8, 14) + " " + d.charAt(14) + " " + d.substring(15);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
