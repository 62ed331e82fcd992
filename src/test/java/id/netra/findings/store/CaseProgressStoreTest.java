package id.netra.findings.store;

import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.FORWARDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.ContractMeasure;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.DeadlineKind;
import id.netra.findings.domain.DeadlineState;
import id.netra.findings.domain.ForwardTarget;
import id.netra.findings.domain.Forwarding;
import id.netra.findings.domain.Recommendation;
import id.netra.findings.domain.RecommendingBody;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.Holiday;
import id.netra.findings.domain.HolidayKind;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.SummonsAttendance;
import id.netra.findings.domain.TransitionRequest;

class CaseProgressStoreTest {

    @TempDir
    Path dir;
    FindingsFixture fx;
    CaseProgressStore progress;

    @BeforeEach
    void open() throws Exception {
        fx = new FindingsFixture(dir);
        progress = fx.service.progress();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void walksTheWholeProcedureKeepingEveryChangeDated() {
        long id = fx.newCase(LocalDate.of(2026, 10, 1), "D6");
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "ketua tim");
        progress.transition(id, TransitionRequest.examination(new Summons(1, "800/101", LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 8), null)), "atasan");
        progress.transition(id, TransitionRequest.forward(new Forwarding(ForwardTarget.BKPSDM, LocalDate.of(2026, 10, 12),
                "800/120/2026")), "op");
        progress.addForwarding(id, new Forwarding(ForwardTarget.BAWASLU, LocalDate.of(2026, 10, 12), "800/121/2026"));
        progress.transition(id, TransitionRequest.recommendation(new Recommendation(RecommendingBody.BKN, "R-55/2026",
                LocalDate.of(2026, 10, 30), "Hukuman disiplin berat")), "op");
        progress.transition(id, TransitionRequest.decide(new Decision(DecisionOutcome.PROVEN, SanctionLevel.DISIPLIN_BERAT,
                null, "Penurunan jabatan setingkat lebih rendah selama 12 bulan", "800/SK/77/2026",
                LocalDate.of(2026, 11, 10), null)), "PPK");

        var p = progress.progress(id);
        assertThat(p.history()).extracting(h -> h.to()).containsExactly(CaseStatus.DICATAT, CaseStatus.KLARIFIKASI,
                CaseStatus.PEMERIKSAAN, CaseStatus.DITERUSKAN, CaseStatus.REKOMENDASI, CaseStatus.DIPUTUS);
        assertThat(p.history()).allSatisfy(h -> assertThat(h.changedAt()).isNotNull());
        assertThat(p.forwardings()).extracting(Forwarding::target).containsExactly(ForwardTarget.BKPSDM, ForwardTarget.BAWASLU);
        assertThat(p.decision().decreeNumber()).isEqualTo("800/SK/77/2026");

        // closing before the decree was delivered is refused
        assertThatThrownBy(() -> progress.transition(id, TransitionRequest.to(CaseStatus.SELESAI), "op"))
                .isInstanceOf(FindingsInputException.class);
        progress.markDelivered(id, LocalDate.of(2026, 11, 12));
        progress.transition(id, TransitionRequest.to(CaseStatus.SELESAI), "op");
        assertThat(fx.service.caseStore().find(id).orElseThrow().status()).isEqualTo(CaseStatus.SELESAI);
    }

    @Test
    void rebuildsEachCaseStatusAsOfAGivenInstant() {
        long id = fx.newCase(LocalDate.of(2026, 10, 1), "D6");
        java.time.OffsetDateTime before = java.time.OffsetDateTime.now(fx.clock);
        // a later clock for the second step, as a status change next month would be
        CaseProgressStore next = new CaseProgressStore(fx.db, java.time.Clock.offset(fx.clock, java.time.Duration.ofDays(10)));
        next.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        assertThat(progress.statusesAsOf(before)).containsEntry(id, CaseStatus.DICATAT);
        assertThat(progress.statusesAsOf(before.plusDays(11))).containsEntry(id, CaseStatus.KLARIFIKASI);
        assertThat(progress.statusesAsOf(before.minusDays(1))).doesNotContainKey(id);
    }

    @Test
    void invalidTransitionWritesNothing() {
        long id = fx.newCase(LocalDate.of(2026, 10, 1), "D6");
        assertThatThrownBy(() -> progress.transition(id, TransitionRequest.to(CaseStatus.DIPUTUS), "op"))
                .isInstanceOf(FindingsInputException.class)
                .hasMessageContaining("findings.transition.error.notAllowed");
        // a forwarding letter dated before the case was known: refused, no letter row left behind
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        assertThatThrownBy(() -> progress.transition(id, TransitionRequest.forward(new Forwarding(ForwardTarget.BAWASLU,
                LocalDate.of(2026, 9, 1), "1/2026")), "op")).isInstanceOf(FindingsInputException.class);
        assertThat(fx.db.dsl().fetchCount(FORWARDING)).isZero();
        assertThat(fx.db.dsl().fetchCount(CASE_STATUS_CHANGE)).isEqualTo(2);
        assertThat(fx.service.caseStore().find(id).orElseThrow().status()).isEqualTo(CaseStatus.KLARIFIKASI);
    }

    @Test
    void goingBackNeedsAReasonAndSupersedesTheDecision() {
        long id = fx.newCase(LocalDate.of(2026, 10, 1), "D6");
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        progress.transition(id, TransitionRequest.decide(Decision.notProven("800/SK/1", LocalDate.of(2026, 10, 20))), "op");

        assertThatThrownBy(() -> progress.transition(id, TransitionRequest.back(CaseStatus.KLARIFIKASI, ""), "op"))
                .isInstanceOf(FindingsInputException.class);
        progress.transition(id, TransitionRequest.back(CaseStatus.KLARIFIKASI, "Bukti baru dari Bawaslu"), "op");

        var p = progress.progress(id);
        assertThat(p.decision()).isNull();
        assertThat(p.history().get(p.history().size() - 1).reason()).isEqualTo("Bukti baru dari Bawaslu");
        assertThat(p.history().get(p.history().size() - 1).isBackward()).isTrue();
    }

    @Test
    void missedSummonsMakesTheCaseOverdueUntilSummonsTwoIsSent() {
        long id = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        // scheduled Thu 12 Nov; missed; summons II due 7 working days later = Mon 23 Nov
        progress.transition(id, TransitionRequest.examination(new Summons(1, "800/1", LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 12), null)), "op");
        progress.recordAttendance(id, 1, SummonsAttendance.ABSENT);

        var items = fx.service.cases(CaseFilter.ALL.withOverdueOnly(true), LocalDate.of(2026, 11, 26));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(DeadlineState.OVERDUE);
            assertThat(i.nextDeadline().kind()).isEqualTo(DeadlineKind.SUMMONS_TWO);
            assertThat(i.nextDeadline().due()).isEqualTo(LocalDate.of(2026, 11, 23));
        });
        assertThat(fx.service.counts(LocalDate.of(2026, 11, 26)).overdue()).isEqualTo(1);

        progress.addSummonsTwo(id, new Summons(2, "800/2", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 30), null));
        assertThat(fx.service.cases(CaseFilter.ALL.withOverdueOnly(true), LocalDate.of(2026, 11, 26))).isEmpty();
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutHolidaysIsPointedOut() {
        long id = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        LocalDate asOf = LocalDate.of(2026, 12, 28);
        assertThat(fx.service.register(CaseFilter.ALL, asOf).yearsWithoutHolidays()).isEmpty();
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        // missed on Wed 23 Dec: summons II is due 7 working days later, in January 2027
        progress.transition(id, TransitionRequest.examination(new Summons(1, "800/1", LocalDate.of(2026, 12, 16),
                LocalDate.of(2026, 12, 23), null)), "op");
        progress.recordAttendance(id, 1, SummonsAttendance.ABSENT);
        assertThat(fx.service.cases(CaseFilter.ALL, asOf)).singleElement()
                .satisfies(i -> assertThat(i.nextDeadline().due().getYear()).isEqualTo(2027));

        assertThat(fx.service.register(CaseFilter.ALL, asOf).yearsWithoutHolidays()).containsExactly(2027);
        fx.service.holidays().put(new Holiday(LocalDate.of(2027, 1, 1), "Tahun Baru 2027 Masehi",
                HolidayKind.LIBUR_NASIONAL));
        assertThat(fx.service.register(CaseFilter.ALL, asOf).yearsWithoutHolidays()).isEmpty();
    }

    @Test
    void summonsTwoIsRefusedWhenSummonsOneWasAttended() {
        long id = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        progress.transition(id, TransitionRequest.examination(new Summons(1, "800/1", LocalDate.of(2026, 11, 9),
                LocalDate.of(2026, 11, 12), SummonsAttendance.PRESENT)), "op");
        assertThatThrownBy(() -> progress.addSummonsTwo(id, new Summons(2, "", LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 11, 16), null))).isInstanceOf(FindingsInputException.class);
        assertThat(progress.progress(id).summonses()).hasSize(1);
    }

    @Test
    void nonAsnCaseIsDecidedWithAContractMeasure() {
        long id = fx.service.caseStore().create(fx.draft(LocalDate.of(2026, 11, 2), List.of(fx.honorer), "x", "E4"), "op");
        progress.transition(id, TransitionRequest.to(CaseStatus.KLARIFIKASI), "op");
        Decision withoutMeasure = new Decision(DecisionOutcome.PROVEN, null, null, "", "SP/1", LocalDate.of(2026, 11, 20), null);
        assertThatThrownBy(() -> progress.transition(id, TransitionRequest.decide(withoutMeasure), "op"))
                .isInstanceOf(FindingsInputException.class);
        progress.transition(id, TransitionRequest.decide(new Decision(DecisionOutcome.PROVEN, null,
                ContractMeasure.SURAT_PERINGATAN, "", "SP/1", LocalDate.of(2026, 11, 20), null)), "op");
        assertThat(progress.progress(id).decision().contractMeasure())
                .isEqualTo(ContractMeasure.SURAT_PERINGATAN);
    }
}
