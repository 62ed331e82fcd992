package id.netra.findings.store;

import static id.netra.db.schema.Tables.CASE_STATUS_CHANGE;
import static id.netra.db.schema.Tables.FINDING_CASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.FindingCase;
import id.netra.findings.domain.ViolationCategory;

class CaseStoreTest {

    @TempDir
    Path dir;
    FindingsFixture fx;

    @BeforeEach
    void open() throws Exception {
        fx = new FindingsFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void recordsACaseWithTwoStaffCodesAndARegisterNumberPerYear() {
        long id = fx.newCase(LocalDate.of(2026, 11, 20), "D6", "D7");
        long second = fx.newCase(LocalDate.of(2026, 11, 21), "E2");

        FindingCase c = fx.service.caseStore().find(id).orElseThrow();
        assertThat(c.registerNumber()).isEqualTo("001/TEMUAN/2026");
        assertThat(fx.service.caseStore().find(second).orElseThrow().registerNumber()).isEqualTo("002/TEMUAN/2026");
        assertThat(c.status()).isEqualTo(CaseStatus.DICATAT);
        assertThat(c.people()).extracting(p -> p.name()).containsExactly("Budi Santoso", "Siti Rahma");
        assertThat(c.codes()).extracting(e -> e.code()).containsExactly("D6", "D7");
        assertThat(c.links()).containsExactly("https://facebook.com/post/1");
        assertThat(c.reporter().confidential()).isTrue();
        assertThat(fx.service.progress().progress(id).history()).singleElement()
                .satisfies(h -> assertThat(h.to()).isEqualTo(CaseStatus.DICATAT));
    }

    @Test
    void editedRegisterPatternAppliesToNewCases() {
        fx.service.caseStore().setRegisterPattern("800/{NO:2}/NETRA/{BULAN}/{TAHUN}");
        long id = fx.newCase(LocalDate.of(2026, 11, 20), "D6");
        assertThat(fx.service.caseStore().find(id).orElseThrow().registerNumber()).isEqualTo("800/01/NETRA/XI/2026");
        assertThatThrownBy(() -> fx.service.caseStore().setRegisterPattern("TEMUAN"))
                .isInstanceOf(FindingsInputException.class);
    }

    @Test
    void rejectsBadInputWithoutWritingAnything() {
        var noStaff = fx.draft(LocalDate.of(2026, 11, 20), List.of(), "x", "D6");
        assertThatThrownBy(() -> fx.service.caseStore().create(noStaff, "op"))
                .isInstanceOf(FindingsInputException.class)
                .satisfies(e -> assertThat(((FindingsInputException) e).localized()).contains("pegawai"));
        var unknownStaff = fx.draft(LocalDate.of(2026, 11, 20), List.of(fx.pns, 999_999L), "x", "D6");
        assertThatThrownBy(() -> fx.service.caseStore().create(unknownStaff, "op"))
                .isInstanceOf(FindingsInputException.class);
        assertThat(fx.db.dsl().fetchCount(FINDING_CASE)).isZero();
        assertThat(fx.db.dsl().fetchCount(CASE_STATUS_CHANGE)).isZero();
    }

    @Test
    void filtersByStatusCodeCategorySubUnitPeriodAndChronologyText() {
        long a = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        long b = fx.service.caseStore().create(fx.draft(LocalDate.of(2026, 10, 5), List.of(fx.honorer),
                "Hadir di kampanye terbuka lapangan kota", "E3"), "op");
        var store = fx.service.caseStore();

        assertThat(ids(store.list(CaseFilter.ALL))).containsExactly(a, b);
        assertThat(ids(store.list(new CaseFilter(null, "E3", null, null, null, null, false, null)))).containsExactly(b);
        assertThat(ids(store.list(new CaseFilter(null, null, ViolationCategory.DISIPLIN, null, null, null, false, null))))
                .containsExactly(a);
        assertThat(ids(store.list(new CaseFilter(null, null, null, fx.subUnit, null, null, false, null)))).containsExactly(a);
        assertThat(ids(store.list(new CaseFilter(null, null, null, null, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30), false, null)))).containsExactly(a);
        assertThat(ids(store.list(CaseFilter.ALL.withText("KAMPANYE lapangan")))).containsExactly(b);
        assertThat(ids(store.list(CaseFilter.ALL.withText("kampanye pasar")))).isEmpty();
        assertThat(ids(store.list(CaseFilter.ALL.withStatus(CaseStatus.KLARIFIKASI)))).isEmpty();
    }

    private static List<Long> ids(List<id.netra.findings.domain.CaseSummary> s) {
        return s.stream().map(x -> x.id()).toList();
    }
}
