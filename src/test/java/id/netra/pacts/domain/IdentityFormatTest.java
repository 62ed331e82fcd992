package id.netra.pacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityFormatTest {

    @ParameterizedTest
    @CsvSource({
            "198506122010011003, 19850612 201001 1 003",
            "'19850612 201001 1 003', 19850612 201001 1 003",
            "12345, 12345"})
    void groupsNipEightSixOneThree(String input, String printed) {
        assertThat(IdentityFormat.groupNip(input)).isEqualTo(printed);
    }

    @Test
    void identityLinesPerKind() {
        assertThat(IdentityFormat.numberValue(EmploymentKind.PPPK, "199003152022211007")).isEqualTo("19900315 2022 21 1 007");
        assertThat(IdentityFormat.numberValue(EmploymentKind.NON_ASN, "3517010101900001")).isEqualTo("-");
        assertThat(IdentityFormat.signatureIdLine(EmploymentKind.PNS, "198506122010011003")).isEqualTo("NIP. 19850612 201001 1 003");
        assertThat(IdentityFormat.signatureIdLine(EmploymentKind.PPPK, "199003152022211007")).isEqualTo("NI PPPK. 19900315 2022 21 1 007");
        assertThat(IdentityFormat.signatureIdLine(EmploymentKind.NON_ASN, null)).isNull();
        assertThat(IdentityFormat.fullName("Dr. H.", "Agus Salim", "M.Pd.")).isEqualTo("Dr. H. Agus Salim, M.Pd.");
        assertThat(IdentityFormat.fullName(null, "Siti Aminah", " ")).isEqualTo("Siti Aminah");
    }
}
