package id.netra.pacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankNamesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "PNS, III/a, Penata Muda (III/a)",
            "PNS, IIIa, Penata Muda (III/a)",
            "PNS, IV-c, Pembina Utama Muda (IV/c)",
            "PPPK, IX, IX",
            "PNS, Honorer, Honorer",
            "NON_ASN, II/a, null",
            "PNS, ' ', null"})
    void printsPangkatWithRuang(EmploymentKind kind, String grade, String line) {
        assertThat(RankNames.rankLine(kind, grade)).isEqualTo(line);
    }
}
