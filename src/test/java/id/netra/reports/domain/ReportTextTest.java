package id.netra.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every code the calculator can emit has Indonesian document wording (a missing key would stop a print). */
class ReportTextTest {

    @Test
    void everyCodeHasWording() {
        ReportCalculator.STATUSES.forEach(s -> assertThat(ReportText.status(s)).isNotBlank());
        ReportCalculator.CATEGORIES.forEach(s -> assertThat(ReportText.category(s)).isNotBlank());
        ReportCalculator.SANCTIONS.forEach(s -> assertThat(ReportText.sanction(s)).isNotBlank());
        // every kind and source the findings capability can store, not a copied list
        java.util.Arrays.stream(id.netra.findings.domain.ActivityKind.values())
                .forEach(k -> assertThat(ReportText.activityKind(k.name())).isNotBlank());
        java.util.Arrays.stream(id.netra.findings.domain.CaseSource.values())
                .forEach(k -> assertThat(ReportText.source(k.name())).isNotBlank());
        List.of("SUMMONS_TWO", "DECISION_DELIVERY").forEach(s -> assertThat(ReportText.overdue(s)).isNotBlank());
        assertThat(ReportText.wording("SUSPECTED", "D2")).isEqualTo("Diduga melanggar D2");
    }

    @Test
    void indonesianNumbersAndRegion() {
        assertThat(ReportText.percent(new BigDecimal("49.5"))).isEqualTo("49,5%");
        assertThat(ReportText.regionOf("PEMERINTAH KABUPATEN SUKAMAJU")).isEqualTo("Kabupaten Sukamaju");
        assertThat(ReportText.regionOf("PEMERINTAH KOTA BATU")).isEqualTo("Kota Batu");
    }
}
