package id.netra.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.reports.service.ReportService;
import id.netra.reports.service.Reports;
import id.netra.samples.SampleLoader;
import id.netra.ui.ImmediateTaskRunner;

class ReportsViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private ReportsViewModel vm;
    private ReportService service;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(dir.resolve("data")));
        new SampleLoader(db).load();
        service = Reports.service(db, Clock.systemDefaultZone());
        vm = new ReportsViewModel(service, new ImmediateTaskRunner(), () -> LocalDate.of(2024, 11, 4), dir.resolve("out"));
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void defaultsToLastMonthAndTheCurrentElection() {
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2024, 10));
        assertThat(vm.periodProperty().get().current()).isTrue();
        assertThat(vm.copiesProperty().get()).contains("Kepala BKPSDM");
    }

    @Test
    void notesAreKeptWithTheMonthAndThePdfIsRecordedWithItsHash() throws Exception {
        vm.obstaclesProperty().set("Kendala Oktober.");
        vm.letterNumberProperty().set("800/12/2024");
        vm.generate();
        assertThat(vm.pages()).isNotEmpty();
        assertThat(vm.figures()).anyMatch(s -> s.startsWith("Pakta ditandatangani"));

        vm.monthProperty().set(YearMonth.of(2024, 9));
        vm.loadNotes();
        assertThat(vm.obstaclesProperty().get()).isEmpty();
        vm.monthProperty().set(YearMonth.of(2024, 10));
        vm.loadNotes();
        assertThat(vm.obstaclesProperty().get()).isEqualTo("Kendala Oktober.");
        assertThat(vm.letterNumberProperty().get()).isEqualTo("800/12/2024");

        vm.generate();
        Path pdf = vm.defaultTarget("pdf");
        vm.savePdf(pdf);
        assertThat(vm.history()).hasSize(1);
        assertThat(vm.history().get(0).sha256()).isEqualTo(id.netra.safety.domain.Sha256.hex(pdf));
        assertThat(vm.history().get(0).month()).isEqualTo(YearMonth.of(2024, 10));

        Path xlsx = dir.resolve("out/l.xlsx");
        vm.saveWorkbook(xlsx);
        assertThat(Files.size(xlsx)).isPositive();
    }

    @Test
    void aNoteTypedButNotSavedSurvivesReopeningTheScreen() {
        vm.obstaclesProperty().set("Belum disimpan.");
        vm.load();
        assertThat(vm.obstaclesProperty().get()).isEqualTo("Belum disimpan.");
    }

    @Test
    void savingBeforeBuildingSaysSo() {
        vm.savePdf(dir.resolve("x.pdf"));
        assertThat(vm.messageProperty().get()).isEqualTo("Susun laporan terlebih dahulu.");
    }
}
