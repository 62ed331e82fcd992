package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionsTest {

    private static final LocalDate KNOWN = LocalDate.of(2026, 10, 5);

    private static TransitionContext at(CaseStatus s) {
        return new TransitionContext(s, KNOWN, true, false, null);
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "DICATAT, KLARIFIKASI, true",
            "DICATAT, PEMERIKSAAN, false",
            "DICATAT, SELESAI, false",
            "KLARIFIKASI, DIPUTUS, true",
            "PEMERIKSAAN, DITERUSKAN, true",
            "DITERUSKAN, REKOMENDASI, true",
            "REKOMENDASI, DIPUTUS, true",
            "REKOMENDASI, SELESAI, false",
            "DIPUTUS, SELESAI, true",
            "SELESAI, DIPUTUS, true",
            "PEMERIKSAAN, KLARIFIKASI, true"
    })
    void onlyProcedureStepsOrStepsBackAreAllowed(CaseStatus from, CaseStatus to, boolean allowed) {
        assertThat(StatusTransitions.isAllowed(from, to)).isEqualTo(allowed);
    }

    @Test
    void offersForwardStepsFirstThenTheWayBack() {
        assertThat(StatusTransitions.offered(CaseStatus.DICATAT)).containsExactly(CaseStatus.KLARIFIKASI);
        assertThat(StatusTransitions.offered(CaseStatus.PEMERIKSAAN)).containsExactly(CaseStatus.DITERUSKAN,
                CaseStatus.DIPUTUS, CaseStatus.KLARIFIKASI, CaseStatus.DICATAT);
    }

    @Test
    void invalidTransitionIsRejectedWithBothStatusesNamed() {
        List<Problem> p = TransitionRules.validate(at(CaseStatus.DICATAT), TransitionRequest.to(CaseStatus.SELESAI));
        assertThat(p).containsExactly(Problem.of("findings.transition.error.notAllowed", "findings.status.DICATAT",
                "findings.status.SELESAI"));
    }

    @Test
    void goingBackNeedsAReason() {
        assertThat(TransitionRules.validate(at(CaseStatus.PEMERIKSAAN), TransitionRequest.back(CaseStatus.KLARIFIKASI, " ")))
                .extracting(Problem::messageKey).containsExactly("findings.transition.error.reasonRequired");
        assertThat(TransitionRules.validate(at(CaseStatus.PEMERIKSAAN),
                TransitionRequest.back(CaseStatus.KLARIFIKASI, "Salah input tanggal panggilan"))).isEmpty();
    }

    @Test
    void examinationNeedsSummonsOneScheduledAfterItIsIssued() {
        assertThat(TransitionRules.validate(at(CaseStatus.KLARIFIKASI), TransitionRequest.to(CaseStatus.PEMERIKSAAN)))
                .extracting(Problem::messageKey).containsExactly("findings.error.required");
        Summons backwards = new Summons(1, "800/1", KNOWN.plusDays(5), KNOWN.plusDays(2), null);
        assertThat(TransitionRules.validate(at(CaseStatus.KLARIFIKASI), TransitionRequest.examination(backwards)))
                .containsExactly(Problem.of("findings.error.dateOrder", "findings.field.summonsIssued",
                        "findings.field.summonsScheduled"));
    }

    @Test
    void forwardingNeedsLetterNumberAndDateNotBeforeTheCaseWasKnown() {
        Forwarding f = new Forwarding(ForwardTarget.BAWASLU, KNOWN.minusDays(1), "");
        assertThat(TransitionRules.validate(at(CaseStatus.PEMERIKSAAN), TransitionRequest.forward(f)))
                .extracting(Problem::messageKey)
                .containsExactlyInAnyOrder("findings.error.required", "findings.error.dateOrder");
    }

    @Test
    void provenDecisionForAsnNeedsASanctionAndForNonAsnAContractMeasure() {
        Decision noSanction = new Decision(DecisionOutcome.PROVEN, null, null, "", "800/SK/9", KNOWN.plusDays(30), null);
        TransitionContext mixed = new TransitionContext(CaseStatus.PEMERIKSAAN, KNOWN, true, true, null);
        assertThat(TransitionRules.validate(mixed, TransitionRequest.decide(noSanction)))
                .containsExactlyInAnyOrder(Problem.of("findings.error.required", "findings.field.sanction"),
                        Problem.of("findings.error.required", "findings.field.contractMeasure"));
        assertThat(TransitionRules.validate(mixed, TransitionRequest.decide(Decision.notProven("", KNOWN.plusDays(3)))))
                .isEmpty();
    }

    @Test
    void closingAProvenCaseNeedsTheDecreeDelivered() {
        Decision undelivered = new Decision(DecisionOutcome.PROVEN, SanctionLevel.DISIPLIN_BERAT, null, "", "1",
                KNOWN.plusDays(30), null);
        TransitionContext ctx = new TransitionContext(CaseStatus.DIPUTUS, KNOWN, true, false, undelivered);
        assertThat(TransitionRules.validate(ctx, TransitionRequest.to(CaseStatus.SELESAI)))
                .extracting(Problem::messageKey).containsExactly("findings.transition.error.notDelivered");
    }
}
