package id.netra.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pakta integritas signed by month end in one sub-unit (or the total) against its headcount. */
public record PactRow(String subUnit, int staff, int signed) {

    public int notSigned() {
        return staff - signed;
    }

    /** Percent with one decimal, rounded half up; 0 for a sub-unit without staff. */
    public BigDecimal percent() {
        if (staff == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(signed * 100L).divide(BigDecimal.valueOf(staff), 1, RoundingMode.HALF_UP);
    }

    public PactRow plus(PactRow o) {
        return new PactRow(subUnit, staff + o.staff, signed + o.signed);
    }
}
