package id.netra.findings.domain;

/**
 * What the clerk fills in to move a case: the target status, a reason (required going back) and
 * the facts the target step records. Only the field that belongs to the target is read.
 */
public record TransitionRequest(CaseStatus target, String reason, Summons summons, Forwarding forwarding,
        Recommendation recommendation, Decision decision) {

    public TransitionRequest {
        reason = reason == null ? "" : reason.strip();
    }

    public static TransitionRequest to(CaseStatus target) {
        return new TransitionRequest(target, "", null, null, null, null);
    }

    public static TransitionRequest back(CaseStatus target, String reason) {
        return new TransitionRequest(target, reason, null, null, null, null);
    }

    public static TransitionRequest examination(Summons summonsOne) {
        return new TransitionRequest(CaseStatus.PEMERIKSAAN, "", summonsOne, null, null, null);
    }

    public static TransitionRequest forward(Forwarding forwarding) {
        return new TransitionRequest(CaseStatus.DITERUSKAN, "", null, forwarding, null, null);
    }

    public static TransitionRequest recommendation(Recommendation recommendation) {
        return new TransitionRequest(CaseStatus.REKOMENDASI, "", null, null, recommendation, null);
    }

    public static TransitionRequest decide(Decision decision) {
        return new TransitionRequest(CaseStatus.DIPUTUS, "", null, null, null, decision);
    }
}
