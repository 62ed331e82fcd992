package id.netra.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherIdentityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void readsNiPppk() {
        NiPppk n = NiPppk.parse("199203152023211004");
        assertThat(n.birthDate()).isEqualTo(LocalDate.of(1992, 3, 15));
        assertThat(n.appointmentYear()).isEqualTo(2023);
        assertThat(n.sex()).isEqualTo(Sex.MALE);
        assertThat(n.grouped()).isEqualTo("19920315 202321 1 004");
    }

    @ParameterizedTest
    @CsvSource({
        "199202302023211004, staff.rule.nippppk.birthDate",
        "199203152005211004, staff.rule.nippppk.year",
        "199203152023215004, staff.rule.nip.sexDigit",
        "1.99203E+17, staff.rule.excelDamaged",
        "19920315202321100, staff.rule.nippppk.length",
    })
    void rejectsBadNiPppk(String raw, String key) {
        assertThatThrownBy(() -> NiPppk.parse(raw))
                .isInstanceOfSatisfying(StaffRuleException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void readsNikOfAMan() {
        Nik nik = Nik.parse("3201011506900001", TODAY);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1990, 6, 15));
        assertThat(nik.sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void readsNikOfAWomanWithFortyAddedToTheDay() {
        Nik nik = Nik.parse("3201015506050002", TODAY);
        assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2005, 6, 15));
        assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({
        "0501011506900001, staff.rule.nik.region",
        "3200001506900001, staff.rule.nik.region",
        "3201013206900001, staff.rule.nik.birthDate",
        "3201017206900001, staff.rule.nik.birthDate",
        "3201011513900001, staff.rule.nik.birthDate",
        "3201011506900000, staff.rule.nik.sequence",
        "320101150690001, staff.rule.nik.length",
        "3.20101E+15, staff.rule.excelDamaged",
    })
    void rejectsBadNik(String raw, String key) {
        assertThatThrownBy(() -> Nik.parse(raw, TODAY))
                .isInstanceOfSatisfying(StaffRuleException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
