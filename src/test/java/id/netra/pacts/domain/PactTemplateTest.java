package id.netra.pacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PactTemplateTest {

    @Test
    void standardHasFourCommitmentsAndTheSanctionClause() {
        PactTemplate t = PactTemplate.standard();
        assertThat(t.commitments()).hasSize(4);
        assertThat(t.sanctionClause()).contains("sanksi");
        assertThat(t.problems()).isEmpty();
    }

    @Test
    void resolvesKnownPlaceholdersAndLeavesTyposVisible() {
        PactTemplate t = new PactTemplate("Pakta", "{pemilihan}", "", "Saya, {nama}, {jabatn}", List.of("Tahun {tahun}", " "),
                "", "", false, false);
        PactTemplate r = t.resolve(Map.of("pemilihan", "Pemilu 2024", "nama", "Siti", "tahun", "2024"));
        assertThat(r.subtitle()).isEqualTo("Pemilu 2024");
        assertThat(r.opening()).isEqualTo("Saya, Siti, {jabatn}");
        assertThat(r.commitments()).containsExactly("Tahun 2024");
    }

    @Test
    void emptyTemplateIsNotPrintable() {
        PactTemplate t = new PactTemplate(" ", "", "", "", List.of(), "", "", false, false);
        assertThat(t.problems()).containsExactly("pacts.template.error.title", "pacts.template.error.commitments");
    }
}
