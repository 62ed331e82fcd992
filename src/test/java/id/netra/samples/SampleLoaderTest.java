package id.netra.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.periods.store.PeriodStore;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;

class SampleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheFictionalOpdIntoAnEmptyStore() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            SampleLoader.Result r = new SampleLoader(db).load();
            assertThat(r.staff()).isEqualTo(300);
            assertThat(r.subUnits()).isBetween(6, 8);

            Map<StaffKind, Integer> byKind = new RosterStore(db).countByKind(LocalDate.of(2024, 10, 31));
            assertThat(byKind.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
            assertThat(byKind.get(StaffKind.PNS)).isPositive();
            assertThat(byKind.get(StaffKind.PPPK)).isPositive();
            assertThat(byKind.get(StaffKind.NON_ASN)).isPositive();

            assertThat(new OpdProfileStore(db).load().orElseThrow().hasEmblem()).isTrue();
            var pilkada = new PeriodStore(db).current().orElseThrow();
            assertThat(pilkada.votingDay()).isEqualTo(LocalDate.of(2024, 11, 27));
            assertThat(pilkada.campaignStart()).isEqualTo(LocalDate.of(2024, 9, 25));
            assertThat(new SubUnitStore(db).list()).allSatisfy(u -> assertThat(u.headStaffId()).isNotNull());
            assertThat(new RosterStore(db).listAll()).map(StaffMember::fullName)
                    .anySatisfy(n -> assertThat(n).contains(", S.Pd."));
        }
    }

    @Test
    void neverMixesWithExistingData() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            new SampleLoader(db).load();
            assertThatThrownBy(() -> new SampleLoader(db).load()).isInstanceOf(SampleException.class)
                    .hasMessageContaining("notEmpty");
            assertThat(new RosterStore(db).count()).isEqualTo(300);
        }
    }
}
