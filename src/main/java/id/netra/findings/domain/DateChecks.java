package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.List;

/** "End before start" in one place, so every form words it the same way. */
public final class DateChecks {

    private DateChecks() {
    }

    /** Adds a problem naming both fields when {@code end} is before {@code start}; absent dates pass. */
    public static void requireOrder(LocalDate start, String startLabelKey, LocalDate end, String endLabelKey,
            List<Problem> problems) {
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(Problem.of("findings.error.dateOrder", startLabelKey, endLabelKey));
        }
    }

    public static void requirePresent(Object value, String labelKey, List<Problem> problems) {
        if (value == null || value instanceof String s && s.isBlank()) {
            problems.add(Problem.of("findings.error.required", labelKey));
        }
    }
}
