package id.netra.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTest {

    @Test
    void readsTheFourParts() {
        Nip nip = Nip.parse("198506122010011003");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 6, 12));
        assertThat(nip.tmtCpns()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.sex()).isEqualTo(Sex.MALE);
        assertThat(nip.sequence()).isEqualTo(3);
        assertThat(nip.grouped()).isEqualTo("19850612 201001 1 003");
    }

    @ParameterizedTest
    @ValueSource(strings = {"19850612 201001 1 003", "'198506122010011003", " 198506122010011003 "})
    void acceptsGroupedAndTextMarkedForms(String raw) {
        assertThat(Nip.parse(raw).digits()).isEqualTo("198506122010011003");
    }

    @Test
    void readsAWoman() {
        assertThat(Nip.parse("199001012015032001").sex()).isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest
    @CsvSource({
        "198502302010011003, staff.rule.nip.birthDate",
        "198513012010011003, staff.rule.nip.birthDate",
        "198506122010131003, staff.rule.nip.tmt",
        "198506122000011003, staff.rule.nip.tmtBeforeAdult",
        "198506122010013003, staff.rule.nip.sexDigit",
        "198506122010010003, staff.rule.nip.sexDigit",
        "19850612201001100, staff.rule.nip.length",
        "1985061220100110031, staff.rule.nip.length",
        "19850612201001100X, staff.rule.nip.notDigits",
        "1.98506E+17, staff.rule.excelDamaged",
        "1.98506122010011E+17, staff.rule.excelDamaged",
        "198506122010011000, staff.rule.excelDamaged",
        "198506122010011000.0, staff.rule.excelDamaged",
    })
    void rejects(String raw, String key) {
        assertThatThrownBy(() -> Nip.parse(raw))
                .isInstanceOfSatisfying(StaffRuleException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void rejectsEmpty() {
        assertThatThrownBy(() -> Nip.parse("  ")).isInstanceOfSatisfying(StaffRuleException.class,
                e -> assertThat(e.key()).isEqualTo("staff.rule.nip.empty"));
    }

    @Test
    void excelDamageMessageSaysSo() {
        assertThatThrownBy(() -> Nip.parse("1.98506E+17")).isInstanceOfSatisfying(StaffRuleException.class,
                e -> assertThat(id.netra.i18n.Messages.tr(e.key(), e.args())).contains("NIP rusak oleh Excel"));
    }
}
