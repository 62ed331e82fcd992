package id.netra.reports.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterFactsTest {

    @Test
    void masksNikButKeepsRegionAndLastFour() {
        assertThat(RosterFacts.maskNik("3517016210970006")).isEqualTo("351701******0006");
        assertThat(RosterFacts.maskNik(null)).isEqualTo("-");
        assertThat(RosterFacts.group("197001011995031001")).isEqualTo("19700101 199503 1 001");
    }

    @Test
    void ordersEthicsBeforeDisciplineNumerically() {
        assertThat(CaseFacts.sortKey("E7")).isLessThan(CaseFacts.sortKey("D1"));
        assertThat(CaseFacts.sortKey("D2")).isLessThan(CaseFacts.sortKey("D10"));
    }
}
