package id.netra.findings.store;

import static id.netra.db.schema.Tables.ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.Activity;
import id.netra.findings.domain.ActivityKind;
import id.netra.findings.domain.Holiday;
import id.netra.findings.domain.HolidayKind;
import id.netra.findings.domain.InternalTeam;
import id.netra.findings.domain.TeamKind;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.TeamRole;

class TeamAndActivityStoreTest {

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
    void savesATeamWithRosterAndOutsideMembers() {
        InternalTeam team = new InternalTeam(0, "Tim Pengawas Netralitas ASN", TeamKind.TETAP, "800/45/2026",
                LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31), List.of(
                        new TeamMember(fx.pns, "Budi Santoso", "", TeamRole.KETUA),
                        new TeamMember(null, "Rina Kusuma", "Inspektorat", TeamRole.ANGGOTA)));
        long id = fx.service.teams().save(team);
        assertThat(fx.service.teams().list()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo(id);
            assertThat(t.members()).extracting(TeamMember::institution).containsExactly("", "Inspektorat");
        });
        InternalTeam backwards = new InternalTeam(0, "Tim", TeamKind.TIDAK_TETAP, "1", LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1), List.of());
        assertThatThrownBy(() -> fx.service.teams().save(backwards)).isInstanceOf(FindingsInputException.class);
    }

    @Test
    void activitiesFormOneListReadByDateRange() {
        fx.service.activities().save(new Activity(0, ActivityKind.SOSIALISASI, "Sosialisasi netralitas ASN",
                LocalDate.of(2026, 10, 15), null, "Aula Dinas", 120, "", null));
        fx.service.activities().save(new Activity(0, ActivityKind.APEL_IKRAR, "Apel ikrar netralitas",
                LocalDate.of(2026, 11, 2), null, "Halaman kantor", 300, "", Activity.SOURCE_PACTS));
        assertThat(fx.service.activities().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                .extracting(Activity::kind).containsExactly(ActivityKind.APEL_IKRAR);
        assertThat(fx.service.activities().all()).hasSize(2);

        Activity endsBeforeStart = new Activity(0, ActivityKind.PATROLI, "Patroli", LocalDate.of(2026, 11, 5),
                LocalDate.of(2026, 11, 4), "Kecamatan", 4, "", null);
        assertThatThrownBy(() -> fx.service.activities().save(endsBeforeStart))
                .isInstanceOf(FindingsInputException.class)
                .satisfies(e -> assertThat(((FindingsInputException) e).localized()).contains("Tanggal selesai"));
        assertThat(fx.db.dsl().fetchCount(ACTIVITY)).isEqualTo(2);
    }

    @Test
    void holidaysAreSeededAndEditable() {
        assertThat(fx.service.holidays().list()).hasSize(25);
        fx.service.holidays().put(new Holiday(LocalDate.of(2026, 11, 27), "Hari jadi kabupaten", HolidayKind.LOKAL));
        assertThat(fx.service.holidays().calendar().isWorkingDay(LocalDate.of(2026, 11, 27))).isFalse();
        fx.service.holidays().remove(LocalDate.of(2026, 11, 27));
        assertThat(fx.service.holidays().calendar().isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
    }
}
