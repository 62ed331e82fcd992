package id.netra.findings.domain;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the clerk types when recording or correcting a case; validated before any write. */
public record CaseDraft(
        LocalDate dateKnown,
        LocalDate actDate,
        String actPlace,
        CaseSource source,
        String sourceDetail,
        Reporter reporter,
        String chronology,
        Long periodId,
        LocalDate followUpDate,
        String followUpNote,
        List<Long> staffIds,
        List<Long> catalogueIds,
        List<String> links) {

    public CaseDraft {
        actPlace = actPlace == null ? "" : actPlace.strip();
        sourceDetail = sourceDetail == null ? "" : sourceDetail.strip();
        reporter = reporter == null ? Reporter.NONE : reporter;
        chronology = chronology == null ? "" : chronology.strip();
        followUpNote = followUpNote == null ? "" : followUpNote.strip();
        staffIds = List.copyOf(staffIds);
        catalogueIds = List.copyOf(catalogueIds);
        links = links.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        DateChecks.requirePresent(dateKnown, "findings.field.dateKnown", problems);
        DateChecks.requirePresent(source, "findings.field.source", problems);
        DateChecks.requirePresent(chronology, "findings.field.chronology", problems);
        // the act happens first, then it becomes known: a known-date before the act is a typo
        DateChecks.requireOrder(actDate, "findings.field.actDate", dateKnown, "findings.field.dateKnown", problems);
        if (staffIds.isEmpty()) {
            problems.add(Problem.of("findings.error.noStaff"));
        }
        if (dateKnown != null && dateKnown.isAfter(LocalDate.now().plusDays(1))) {
            problems.add(Problem.of("findings.error.future", "findings.field.dateKnown"));
        }
        for (String link : links) {
            if (!isWebLink(link)) {
                problems.add(Problem.of("findings.error.link", link));
            }
        }
        return problems;
    }

    static boolean isWebLink(String s) {
        try {
            URI u = new URI(s);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
