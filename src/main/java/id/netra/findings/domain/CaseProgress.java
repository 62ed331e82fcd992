package id.netra.findings.domain;

import java.util.List;

/** Everything that happened to a case after it was recorded, for the editor and the summary. */
public record CaseProgress(List<StatusChange> history, List<Summons> summonses, List<ExaminationReport> reports,
        List<TeamMember> examiners, List<Forwarding> forwardings, List<Recommendation> recommendations,
        Decision decision) {

    public CaseProgress {
        history = List.copyOf(history);
        summonses = List.copyOf(summonses);
        reports = List.copyOf(reports);
        examiners = List.copyOf(examiners);
        forwardings = List.copyOf(forwardings);
        recommendations = List.copyOf(recommendations);
    }
}
