package id.netra.findings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CatalogueVersioningTest {

    private final CatalogueEntry d8 = new CatalogueEntry(8, "D8", 1, ViolationCategory.DISIPLIN,
            "Kegiatan yang mengarah keberpihakan", SanctionLevel.DISIPLIN_BERAT, "SKB 2022", LocalDate.of(2022, 9, 22),
            false);

    @Test
    void usedRowsGetANewVersionUnusedRowsAreCorrectedInPlace() {
        CatalogueEntry edited = new CatalogueEntry(8, "D8", 1, ViolationCategory.DISIPLIN, d8.description(),
                SanctionLevel.DISIPLIN_SEDANG, "SE Bupati 2024", LocalDate.of(2024, 9, 1), false);

        assertThat(CatalogueVersioning.decide(d8, edited, true)).isEqualTo(CatalogueVersioning.Outcome.NEW_VERSION);
        assertThat(CatalogueVersioning.decide(d8, edited, false)).isEqualTo(CatalogueVersioning.Outcome.UPDATE_IN_PLACE);
        assertThat(CatalogueVersioning.decide(d8, d8, true)).isEqualTo(CatalogueVersioning.Outcome.NO_CHANGE);

        CatalogueEntry next = CatalogueVersioning.nextVersion(d8, edited);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.code()).isEqualTo("D8");
        assertThat(next.defaultSanction()).isEqualTo(SanctionLevel.DISIPLIN_SEDANG);
    }

    @Test
    void codeLetterMustMatchCategory() {
        CatalogueEntry wrong = new CatalogueEntry(0, "E9", 1, ViolationCategory.DISIPLIN, "x",
                SanctionLevel.DISIPLIN_BERAT, "", LocalDate.of(2024, 1, 1), false);
        assertThat(CatalogueVersioning.validate(wrong)).containsExactly("findings.catalogue.error.codeCategory");
        CatalogueEntry bad = new CatalogueEntry(0, "X1", 1, ViolationCategory.ETIK, " ",
                SanctionLevel.MORAL_TERBUKA, "", LocalDate.of(2024, 1, 1), false);
        assertThat(CatalogueVersioning.validate(bad)).containsExactly("findings.catalogue.error.code",
                "findings.catalogue.error.description");
    }
}
