package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A prevention activity (sosialisasi, apel ikrar, patrol). {@code source} says which screen recorded
 * it ("FINDINGS" here, "PACTS" for ikrar assemblies held under Pakta &amp; Ikrar).
 */
public record Activity(long id, ActivityKind kind, String title, LocalDate startDate, LocalDate endDate,
        String place, int participants, String notes, String source) {

    public static final String SOURCE_FINDINGS = "FINDINGS";
    public static final String SOURCE_PACTS = "PACTS";

    public Activity {
        title = title == null ? "" : title.strip();
        place = place == null ? "" : place.strip();
        notes = notes == null ? "" : notes.strip();
        source = source == null ? SOURCE_FINDINGS : source;
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        DateChecks.requirePresent(kind, "findings.field.activityKind", problems);
        DateChecks.requirePresent(title, "findings.field.activityTitle", problems);
        DateChecks.requirePresent(startDate, "findings.field.startDate", problems);
        DateChecks.requirePresent(place, "findings.field.place", problems);
        DateChecks.requireOrder(startDate, "findings.field.startDate", endDate, "findings.field.endDate", problems);
        if (participants < 0) {
            problems.add(Problem.of("findings.error.negative", "findings.field.participants"));
        }
        return problems;
    }
}
