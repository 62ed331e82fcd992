package id.netra.staff.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.DateUtil;

/** How spreadsheet cell values become the text the row validator reads. */
final class CellText {

    /** Excel keeps 15 significant digits: from 10^15 up, the last digits of a number are gone. */
    private static final double EXACT_LIMIT = 1e15;

    private CellText() {
    }

    /**
     * A number cell as text. Whole numbers print without ".0"; numbers too long to be exact print in
     * scientific form so the NIP and NIK checks recognise Excel's damage instead of trusting zeros.
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (Math.abs(value) >= EXACT_LIMIT) {
            return Double.toString(value);
        }
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    /** A date cell as ISO text (yyyy-MM-dd), whatever display format the sheet gave it. */
    static String date(double value, boolean use1904) {
        LocalDateTime t = DateUtil.getLocalDateTime(value, use1904);
        if (t == null) {
            return number(value);
        }
        LocalDate d = t.toLocalDate();
        return d.toString();
    }
}
