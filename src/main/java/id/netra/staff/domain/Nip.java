package id.netra.staff.domain;

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
        IdentityDigits.rejectExcelZeros(d, raw);
        LocalDate birth = IdentityDigits.birthDate(d, "nip");
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
        return new Nip(d, birth, tmt, IdentityDigits.sex(d), IdentityDigits.digits(d, 15, 18));
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
