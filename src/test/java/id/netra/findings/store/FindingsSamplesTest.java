package id.netra.findings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.service.FindingsService;
import id.netra.samples.SampleLoader;

class FindingsSamplesTest {

    @TempDir
    Path dir;

    @Test
    void sampleOpdComesWithThreeCasesOneOverdueATeamAndActivities() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            new SampleLoader(db).load();
            FindingsService service = FindingsService.open(db, Clock.systemDefaultZone());
            LocalDate today = LocalDate.now();
            assertThat(service.cases(CaseFilter.ALL, today)).extracting(i -> i.summary().status())
                    .containsExactlyInAnyOrder(CaseStatus.DICATAT, CaseStatus.PEMERIKSAAN, CaseStatus.DIPUTUS);
            assertThat(service.counts(today).overdue()).isEqualTo(1);
            assertThat(service.teams().list()).singleElement().satisfies(t -> assertThat(t.members()).hasSize(3));
            assertThat(service.activities().all()).hasSize(2);
        }
    }
}
