package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterNumberFormatTest {

    @Test
    void defaultPatternPadsTheSequence() {
        assertThat(RegisterNumberFormat.of(RegisterNumberFormat.DEFAULT_PATTERN).format(12, 2024, 11))
                .isEqualTo("012/TEMUAN/2024");
    }

    @Test
    void romanMonthAndUnpaddedSequence() {
        assertThat(RegisterNumberFormat.of("800/{NO}/NETRA/{BULAN}/{TAHUN}").format(7, 2026, 11))
                .isEqualTo("800/7/NETRA/XI/2026");
    }

    @Test
    void rejectsPatternsWithoutSequenceOrWithUnknownTokens() {
        assertThat(RegisterNumberFormat.validate("TEMUAN/{TAHUN}")).extracting(Problem::messageKey)
                .containsExactly("findings.registerFormat.error.noSequence");
        assertThat(RegisterNumberFormat.validate("{NO}/{YEAR}")).containsExactly(
                Problem.of("findings.registerFormat.error.unknownToken", "{YEAR}"));
        assertThat(RegisterNumberFormat.validate(" ")).isNotEmpty();
    }
}
