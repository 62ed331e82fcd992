package id.netra.reports.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RosterFactsTest {

    @Test
    void masksNikButKeepsRegionAndLastFour() {
        assertThat(RosterFacts.maskNik("3517016210970006")).isEqualTo("351701******0006");
        assertThat(RosterFacts.maskNik(null)).isEqualTo("-");
        assertThat(id.netra.pacts.domain.IdentityFormat.groupNip("197001011995031001")).isEqualTo("19700101 199503 1 001");
        // the annexes print each number as its own kind groups it
        assertThat(RosterFacts.idNumber("PNS", "197001011995031001", null, null)).isEqualTo("19700101 199503 1 001");
        assertThat(RosterFacts.idNumber("PPPK", "199001012023211001", null, null)).isEqualTo("19900101 2023 21 1 001");
        assertThat(RosterFacts.idNumber("NON_ASN", null, null, "3517016210970006")).isEqualTo("351701******0006");
    }

    @Test
    void ordersEthicsBeforeDisciplineNumerically() {
        assertThat(CaseFacts.sortKey("E7")).isLessThan(CaseFacts.sortKey("D1"));
        assertThat(CaseFacts.sortKey("D2")).isLessThan(CaseFacts.sortKey("D10"));
    }
}
