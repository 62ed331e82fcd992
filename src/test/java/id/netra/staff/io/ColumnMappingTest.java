package id.netra.staff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.staff.domain.StaffField;

class ColumnMappingTest {

    @Test
    void mapsKnownHeadingsAndIgnoresTheRest() {
        ColumnMapping m = ColumnMapping.auto(List.of("No", "NIP Lama", "NIP Baru", "Nama", "Pangkat / Gol.", "Agama"));
        assertThat(m.column(StaffField.NIP)).contains(2);
        assertThat(m.column(StaffField.NAME)).contains(3);
        assertThat(m.column(StaffField.GRADE)).contains(4);
        assertThat(m.asMap()).hasSize(3);
    }

    @Test
    void aChangedMappingIsRememberedByHeadingAndSurvivesMovedColumns() {
        ColumnMapping first = ColumnMapping.auto(List.of("NIP", "Nama", "Bagian", "Unit Kerja"))
                .with(StaffField.SUB_UNIT, 2);
        assertThat(first.column(StaffField.SUB_UNIT)).contains(2);
        String json = first.toJson();
        assertThat(json).contains("\"SUB_UNIT\":\"Bagian\"");

        ColumnMapping next = ColumnMapping.fromJson(json, List.of("Unit Kerja", "Bagian", "Nama", "NIP"));
        assertThat(next.column(StaffField.SUB_UNIT)).contains(1);
        assertThat(next.column(StaffField.NIP)).contains(3);
        assertThat(next.column(StaffField.NAME)).contains(2);
    }

    @Test
    void oneColumnFeedsOneField() {
        ColumnMapping m = ColumnMapping.auto(List.of("NIP", "Nama")).with(StaffField.NIK, 0);
        assertThat(m.column(StaffField.NIK)).contains(0);
        assertThat(m.isMapped(StaffField.NIP)).isFalse();
    }

    @Test
    void unmappingRemovesTheField() {
        ColumnMapping m = ColumnMapping.auto(List.of("NIP", "Nama")).with(StaffField.NAME, null);
        assertThat(m.isMapped(StaffField.NAME)).isFalse();
    }

    @Test
    void brokenRememberedJsonFallsBackToAutomatic() {
        ColumnMapping m = ColumnMapping.fromJson("{nonsense", List.of("NIP", "Nama"));
        assertThat(m.column(StaffField.NIP)).contains(0);
    }
}
