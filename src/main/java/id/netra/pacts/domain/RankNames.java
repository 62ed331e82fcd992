package id.netra.pacts.domain;

import java.util.Optional;

import id.netra.staff.domain.Grade;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffRuleException;

/**
 * The "Pangkat/Gol. ruang" line of a pact: "Penata Muda (III/a)" for PNS, the golongan ("IX") for
 * PPPK. Reading the many spellings of a grade is the roster's job ({@link Grade}); this only words it
 * the way the sheet (and the OPD profile's head rank) prints it.
 */
public final class RankNames {

    private RankNames() {
    }

    /** The printed rank line, or null when there is none; an unreadable grade is printed as stored. */
    public static String rankLine(EmploymentKind kind, String grade) {
        if (grade == null || grade.isBlank() || kind == EmploymentKind.NON_ASN) {
            return null;
        }
        StaffKind scheme = kind == EmploymentKind.PNS ? StaffKind.PNS : StaffKind.PPPK;
        Optional<Grade> parsed;
        try {
            parsed = Grade.parse(grade, scheme);
        } catch (StaffRuleException e) {
            return grade.strip();
        }
        return parsed.map(g -> g.pangkat().map(p -> p + " (" + g.code() + ")").orElse(g.code())).orElse(grade.strip());
    }
}
