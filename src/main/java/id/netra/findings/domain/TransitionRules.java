package id.netra.findings.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a requested status change before anything is written. Each forward step must carry the
 * document that justifies it (summons, forwarding letter, recommendation, decree), and no such
 * document may predate the day the case became known.
 */
public final class TransitionRules {

    private TransitionRules() {
    }

    public static List<Problem> validate(TransitionContext ctx, TransitionRequest req) {
        List<Problem> problems = new ArrayList<>();
        CaseStatus from = ctx.current();
        CaseStatus to = req.target();
        if (to == null || to == from || !StatusTransitions.isAllowed(from, to)) {
            problems.add(Problem.of("findings.transition.error.notAllowed", from.messageKey(),
                    to == null ? "-" : to.messageKey()));
            return problems;
        }
        if (StatusTransitions.isBackward(from, to)) {
            if (req.reason().isBlank()) {
                problems.add(Problem.of("findings.transition.error.reasonRequired"));
            }
            return problems;
        }
        switch (to) {
            case PEMERIKSAAN -> checkSummons(ctx, req.summons(), problems);
            case DITERUSKAN -> checkForwarding(ctx, req.forwarding(), problems);
            case REKOMENDASI -> checkRecommendation(ctx, req.recommendation(), problems);
            case DIPUTUS -> checkDecision(ctx, req.decision(), problems);
            case SELESAI -> checkClosing(ctx, problems);
            default -> { }
        }
        return problems;
    }

    static void checkSummons(TransitionContext ctx, Summons s, List<Problem> problems) {
        if (s == null) {
            problems.add(Problem.of("findings.error.required", "findings.field.summonsOne"));
            return;
        }
        DateChecks.requireOrder(ctx.dateKnown(), "findings.field.dateKnown", s.issuedDate(),
                "findings.field.summonsIssued", problems);
        DateChecks.requireOrder(s.issuedDate(), "findings.field.summonsIssued", s.scheduledDate(),
                "findings.field.summonsScheduled", problems);
    }

    static void checkForwarding(TransitionContext ctx, Forwarding f, List<Problem> problems) {
        if (f == null) {
            problems.add(Problem.of("findings.error.required", "findings.field.forwarding"));
            return;
        }
        DateChecks.requirePresent(f.letterDate(), "findings.field.letterDate", problems);
        DateChecks.requirePresent(f.letterNumber(), "findings.field.letterNumber", problems);
        DateChecks.requireOrder(ctx.dateKnown(), "findings.field.dateKnown", f.letterDate(),
                "findings.field.letterDate", problems);
    }

    static void checkRecommendation(TransitionContext ctx, Recommendation r, List<Problem> problems) {
        if (r == null) {
            problems.add(Problem.of("findings.error.required", "findings.field.recommendation"));
            return;
        }
        DateChecks.requirePresent(r.letterDate(), "findings.field.letterDate", problems);
        DateChecks.requirePresent(r.letterNumber(), "findings.field.letterNumber", problems);
        DateChecks.requirePresent(r.recommendedSanction(), "findings.field.recommendedSanction", problems);
        DateChecks.requireOrder(ctx.dateKnown(), "findings.field.dateKnown", r.letterDate(),
                "findings.field.letterDate", problems);
    }

    static void checkDecision(TransitionContext ctx, Decision d, List<Problem> problems) {
        if (d == null) {
            problems.add(Problem.of("findings.error.required", "findings.field.decision"));
            return;
        }
        DateChecks.requirePresent(d.decreeDate(), "findings.field.decreeDate", problems);
        DateChecks.requireOrder(ctx.dateKnown(), "findings.field.dateKnown", d.decreeDate(),
                "findings.field.decreeDate", problems);
        DateChecks.requireOrder(d.decreeDate(), "findings.field.decreeDate", d.deliveredDate(),
                "findings.field.deliveredDate", problems);
        if (d.outcome() == DecisionOutcome.PROVEN) {
            DateChecks.requirePresent(d.decreeNumber(), "findings.field.decreeNumber", problems);
            if (ctx.anyAsn() && (d.sanction() == null || d.sanction() == SanctionLevel.CASE_BY_CASE)) {
                problems.add(Problem.of("findings.error.required", "findings.field.sanction"));
            }
            if (ctx.anyNonAsn() && d.contractMeasure() == null) {
                problems.add(Problem.of("findings.error.required", "findings.field.contractMeasure"));
            }
        }
    }

    static void checkClosing(TransitionContext ctx, List<Problem> problems) {
        Decision d = ctx.currentDecision();
        if (d == null) {
            problems.add(Problem.of("findings.error.required", "findings.field.decision"));
        } else if (d.outcome() == DecisionOutcome.PROVEN && d.deliveredDate() == null) {
            problems.add(Problem.of("findings.transition.error.notDelivered"));
        }
    }
}
