package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReporterAndWordingTest {

    @Test
    void confidentialReporterIsHiddenExceptFromAdmin() {
        Reporter r = new Reporter("Warga A", "0812", true);
        assertThat(ReporterPolicy.visible(r, Viewer.CLERK).name()).isEmpty();
        assertThat(ReporterPolicy.visible(r, Viewer.CLERK).contact()).isEmpty();
        assertThat(ReporterPolicy.visible(r, new Viewer("admin", true))).isEqualTo(r);
        Reporter open = new Reporter("Warga B", "0813", false);
        assertThat(ReporterPolicy.visible(open, Viewer.CLERK)).isEqualTo(open);
    }

    @Test
    void saysDidugaUntilDecided() {
        assertThat(CaseWording.violationLabelKey(CaseStatus.REKOMENDASI, null)).isEqualTo("findings.wording.suspected");
        Decision proven = new Decision(DecisionOutcome.PROVEN, SanctionLevel.DISIPLIN_BERAT, null, "", "1",
                LocalDate.of(2026, 1, 1), null);
        assertThat(CaseWording.violationLabelKey(CaseStatus.DIPUTUS, proven)).isEqualTo("findings.wording.proven");
        assertThat(CaseWording.violationLabelKey(CaseStatus.SELESAI, Decision.notProven("", LocalDate.of(2026, 1, 1))))
                .isEqualTo("findings.wording.notProven");
        assertThat(CaseWording.personLabelKey(CaseStatus.PEMERIKSAAN, proven)).isEqualTo("findings.wording.personSuspected");
    }

    @Test
    void activityEndingBeforeItStartsIsRejected() {
        Activity a = new Activity(0, ActivityKind.SOSIALISASI, "Sosialisasi", LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 10, 1), "Aula", 40, "", null);
        assertThat(a.validate()).containsExactly(Problem.of("findings.error.dateOrder", "findings.field.startDate",
                "findings.field.endDate"));
    }
}
