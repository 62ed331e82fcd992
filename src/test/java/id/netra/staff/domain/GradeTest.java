package id.netra.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @ValueSource(strings = {"III/a", "IIIa", "III/A", "III-a", "iii/a", "III / a", "Penata Muda, III/a",
            "Penata Muda (III/a)", "Penata Muda", "III.a"})
    void readsEveryWayOfWritingIIIa(String text) {
        Grade g = Grade.parse(text, StaffKind.PNS).orElseThrow();
        assertThat(g.code()).isEqualTo("III/a");
        assertThat(g.pangkat()).contains("Penata Muda");
        assertThat(g.label()).isEqualTo("Penata Muda, III/a");
    }

    @Test
    void knowsAllSeventeenPnsGradesAndTheirNames() {
        assertThat(Grade.allPns()).hasSize(17);
        assertThat(Grade.parse("IV/e", StaffKind.PNS).orElseThrow().pangkat()).contains("Pembina Utama");
        assertThat(Grade.parse("I/a", StaffKind.PNS).orElseThrow().pangkat()).contains("Juru Muda");
        assertThat(Grade.parse("II/d", StaffKind.PNS).orElseThrow().pangkat()).contains("Pengatur Tingkat I");
        assertThat(Grade.parse("Pembina Utama Muda", StaffKind.PNS).orElseThrow().code()).isEqualTo("IV/c");
    }

    @Test
    void readsPppkGolongan() {
        assertThat(Grade.parse("IX", StaffKind.PPPK).orElseThrow().code()).isEqualTo("IX");
        assertThat(Grade.parse("XVII", StaffKind.PPPK).orElseThrow().code()).isEqualTo("XVII");
        assertThat(Grade.parse("Gol. 9", StaffKind.PPPK).orElseThrow().code()).isEqualTo("IX");
        assertThat(Grade.parse("IX", StaffKind.PPPK).orElseThrow().pangkat()).isEmpty();
        assertThat(Grade.allPppk()).hasSize(17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I/e", "V/a", "III/f", "Penata Agung", "X"})
    void rejectsWhatIsNoPnsGrade(String text) {
        assertThatThrownBy(() -> Grade.parse(text, StaffKind.PNS)).isInstanceOf(StaffRuleException.class);
    }

    @Test
    void rejectsPppkBeyondSeventeen() {
        assertThatThrownBy(() -> Grade.parse("XVIII", StaffKind.PPPK)).isInstanceOf(StaffRuleException.class);
        assertThatThrownBy(() -> Grade.parse("18", StaffKind.PPPK)).isInstanceOf(StaffRuleException.class);
    }

    @Test
    void emptyIsNoGrade() {
        assertThat(Grade.parse(" ", StaffKind.PNS)).isEmpty();
    }
}
