package id.netra.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesAndLabelsTest {

    @Test
    void fullNameCarriesTitlesBeforeAndAfter() {
        assertThat(new PersonName("Dr. H.", "Ahmad  Fauzi", "S.Pd., M.Si.").full())
                .isEqualTo("Dr. H. Ahmad Fauzi, S.Pd., M.Si.");
        assertThat(new PersonName("-", "Siti Aminah", "").full()).isEqualTo("Siti Aminah");
        assertThat(new PersonName(null, "Budi", ", S.T.").full()).isEqualTo("Budi, S.T.");
    }

    @Test
    void splitsTitlesWrittenInsideTheName() {
        assertThat(PersonName.parse("Dr. H. Ahmad  Fauzi, S.Pd., M.Si."))
                .isEqualTo(new PersonName("Dr. H.", "Ahmad Fauzi", "S.Pd., M.Si."));
        assertThat(PersonName.parse("Siti Aminah")).isEqualTo(new PersonName(null, "Siti Aminah", null));
        assertThat(PersonName.parse("Drs. Muh. Yamin")).isEqualTo(new PersonName("Drs.", "Muh. Yamin", null));
        assertThat(PersonName.parse("Ir.")).isEqualTo(new PersonName(null, "Ir.", null));
    }

    @ParameterizedTest
    @CsvSource({
        "Struktural, MANAJERIAL", "Jabatan Struktural, MANAJERIAL", "Manajerial, MANAJERIAL",
        "JFT, FUNGSIONAL", "Fungsional Tertentu, FUNGSIONAL", "Fungsional, FUNGSIONAL",
        "JFU, PELAKSANA", "Fungsional Umum, PELAKSANA", "Pelaksana, PELAKSANA",
    })
    void mapsOldAndNewPositionTypes(String text, PositionType expected) {
        assertThat(PositionType.parse(text)).contains(expected);
    }

    @Test
    void unknownPositionTypeIsAnError() {
        assertThatThrownBy(() -> PositionType.parse("Kepala")).isInstanceOf(StaffRuleException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "PNS, PNS", "CPNS, PNS", "PNS Daerah, PNS", "PPPK, PPPK", "P3K, PPPK", "Honorer, NON_ASN",
        "PPNPN, NON_ASN", "Non ASN, NON_ASN", "Non-ASN, NON_ASN",
    })
    void readsStaffKinds(String text, StaffKind expected) {
        assertThat(StaffKind.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"L, MALE", "Laki-laki, MALE", "Pria, MALE", "M, MALE", "P, FEMALE", "Perempuan, FEMALE",
        "Wanita, FEMALE", "F, FEMALE"})
    void readsSex(String text, Sex expected) {
        assertThat(Sex.parse(text)).contains(expected);
    }
}
