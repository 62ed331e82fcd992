package id.netra.findings.domain;

/**
 * Presumption of innocence: until a decision exists the act is only "diduga". The wording keys
 * follow the state of the case so no screen or print has to remember the rule.
 */
public final class CaseWording {

    private CaseWording() {
    }

    /** Bundle key of the label before the violation codes ("Diduga melanggar" ...). */
    public static String violationLabelKey(CaseStatus status, Decision decision) {
        if (!status.isDecided() || decision == null) {
            return "findings.wording.suspected";
        }
        return decision.outcome() == DecisionOutcome.PROVEN ? "findings.wording.proven" : "findings.wording.notProven";
    }

    /** Bundle key of the label for the person ("Terduga" / "Terlapor" vs "Pelanggar"). */
    public static String personLabelKey(CaseStatus status, Decision decision) {
        if (status.isDecided() && decision != null && decision.outcome() == DecisionOutcome.PROVEN) {
            return "findings.wording.personProven";
        }
        return "findings.wording.personSuspected";
    }
}
