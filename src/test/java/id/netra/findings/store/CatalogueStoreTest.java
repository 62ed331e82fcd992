package id.netra.findings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.ViolationCategory;

class CatalogueStoreTest {

    @TempDir
    Path dir;
    FindingsFixture fx;
    CatalogueStore catalogue;

    @BeforeEach
    void open() throws Exception {
        fx = new FindingsFixture(dir);
        catalogue = fx.service.catalogue();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void migrationSeedsTheSkb2022MatrixInCodeOrder() {
        List<CatalogueEntry> all = catalogue.list(false);
        assertThat(all).hasSize(20);
        assertThat(all).extracting(CatalogueEntry::code).startsWith("E1", "E2").endsWith("D12", "D13");
        assertThat(all).filteredOn(e -> e.code().equals("D5")).singleElement()
                .satisfies(e -> assertThat(e.defaultSanction()).isEqualTo(SanctionLevel.PTDH));
    }

    @Test
    void editingARowACaseUsesCreatesANewVersionAndKeepsTheOldOneForThatCase() {
        long d8 = fx.codeId("D8");
        long caseId = fx.newCase(LocalDate.of(2026, 11, 2), "D8");
        CatalogueEntry old = catalogue.find(d8).orElseThrow();
        CatalogueEntry edited = new CatalogueEntry(d8, "D8", 1, ViolationCategory.DISIPLIN, old.description(),
                SanctionLevel.DISIPLIN_SEDANG, "SE Bupati 800/2024", LocalDate.of(2024, 9, 1), false);

        CatalogueEntry current = catalogue.edit(d8, edited);

        assertThat(current.id()).isNotEqualTo(d8);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.defaultSanction()).isEqualTo(SanctionLevel.DISIPLIN_SEDANG);
        assertThat(catalogue.find(d8).orElseThrow().retired()).isTrue();
        assertThat(catalogue.list(false)).filteredOn(e -> e.code().equals("D8")).extracting(CatalogueEntry::version)
                .containsExactly(2);
        // the case still points at the text it was recorded with
        assertThat(fx.service.caseStore().find(caseId).orElseThrow().codes()).singleElement()
                .satisfies(e -> assertThat(e.defaultSanction()).isEqualTo(SanctionLevel.DISIPLIN_BERAT));
    }

    @Test
    void editingAnUnusedRowCorrectsItInPlace() {
        long e1 = fx.codeId("E1");
        CatalogueEntry old = catalogue.find(e1).orElseThrow();
        CatalogueEntry fixed = new CatalogueEntry(e1, "E1", 1, old.category(), old.description() + " (diperbaiki)",
                old.defaultSanction(), old.legalBasis(), old.validFrom(), false);
        assertThat(catalogue.edit(e1, fixed).id()).isEqualTo(e1);
        assertThat(catalogue.find(e1).orElseThrow().description()).endsWith("(diperbaiki)");
    }

    @Test
    void retiredRowsCannotBeChosenForNewCasesAndCodesAreUnique() {
        long e7 = fx.codeId("E7");
        catalogue.retire(e7);
        assertThatThrownBy(() -> fx.newCase(LocalDate.of(2026, 11, 2), "E6", "E7Retired"))
                .isInstanceOf(Exception.class);
        var draft = fx.draft(LocalDate.of(2026, 11, 2), List.of(fx.pns), "x");
        var withRetired = new id.netra.findings.domain.CaseDraft(draft.dateKnown(), null, "", draft.source(), "", null,
                "x", null, null, null, List.of(fx.pns), List.of(e7), List.of());
        assertThatThrownBy(() -> fx.service.caseStore().create(withRetired, "op"))
                .isInstanceOf(FindingsInputException.class).hasMessageContaining("findings.catalogue.error.retired");
        CatalogueEntry dup = new CatalogueEntry(0, "D1", 1, ViolationCategory.DISIPLIN, "x", SanctionLevel.DISIPLIN_BERAT,
                "", LocalDate.of(2024, 1, 1), false);
        assertThatThrownBy(() -> catalogue.add(dup)).isInstanceOf(FindingsInputException.class);
        CatalogueEntry d14 = new CatalogueEntry(0, "D14", 1, ViolationCategory.DISIPLIN, "Aturan daerah", SanctionLevel.DISIPLIN_SEDANG,
                "SE Bupati", LocalDate.of(2024, 1, 1), false);
        assertThat(catalogue.add(d14).id()).isPositive();
    }
}
