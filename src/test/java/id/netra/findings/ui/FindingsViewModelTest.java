package id.netra.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.TransitionRequest;
import id.netra.findings.domain.Viewer;
import id.netra.findings.service.FindingsService;
import id.netra.ui.ImmediateTaskRunner;

/** View models without a toolkit: what the forms turn into, and what they refuse. */
class FindingsViewModelTest {

    @TempDir
    Path dir;
    Database db;
    FindingsContext ctx;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(dir));
        ctx = new FindingsContext(FindingsService.open(db, Clock.systemDefaultZone()), List::of, id -> Optional.empty(), List::of,
                List::of,
                new ImmediateTaskRunner(), () -> LocalDate.of(2026, 11, 26), owner -> Optional.empty(), () -> Viewer.CLERK,
                "op", dir.resolve("exports"), () -> null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listRefusesAPeriodThatEndsBeforeItStarts() {
        CaseListViewModel vm = new CaseListViewModel(ctx);
        vm.from.set(LocalDate.of(2026, 11, 30));
        vm.until.set(LocalDate.of(2026, 11, 1));
        vm.reload();
        assertThat(vm.message.get()).contains("Sampai tanggal").contains("Dari tanggal");
        vm.until.set(null);
        vm.reload();
        assertThat(vm.message.get()).isEqualTo("0 temuan");
    }

    @Test
    void theRegisterWarnsWhileTheYearHasNoHolidays() {
        CaseListViewModel vm = new CaseListViewModel(ctx);
        vm.reload();
        assertThat(vm.holidayWarning.get()).isEmpty();
        ctx.service().holidays().list().forEach(h -> ctx.service().holidays().remove(h.date()));
        vm.reload();
        assertThat(vm.holidayWarning.get()).startsWith("Hari libur 2026 belum dicatat");
    }

    @Test
    void savingWithoutStaffShowsTheReasonAndKeepsTheForm() {
        CaseEditorViewModel vm = new CaseEditorViewModel(ctx);
        vm.startNew();
        vm.chronology.set("Unggahan dukungan");
        vm.save();
        assertThat(vm.error.get()).contains("pegawai");
        assertThat(vm.caseId.get()).isZero();
        assertThat(vm.chronology.get()).isEqualTo("Unggahan dukungan");
    }

    @Test
    void stepFieldsBecomeTheRequestOfTheChosenTarget() {
        CaseEditorViewModel vm = new CaseEditorViewModel(ctx);
        vm.startNew();
        vm.status.set(CaseStatus.PEMERIKSAAN);
        vm.target.set(CaseStatus.KLARIFIKASI);
        vm.reason.set("Salah tanggal panggilan");
        assertThat(vm.request()).isEqualTo(TransitionRequest.back(CaseStatus.KLARIFIKASI, "Salah tanggal panggilan"));
        vm.target.set(CaseStatus.DITERUSKAN);
        vm.letterNumber.set("800/1");
        vm.letterDate.set(LocalDate.of(2026, 11, 20));
        assertThat(vm.request().forwarding().letterNumber()).isEqualTo("800/1");
        vm.status.set(CaseStatus.KLARIFIKASI);
        vm.target.set(CaseStatus.PEMERIKSAAN);
        vm.letterDate.set(null);
        // without the summons dates the request carries no summons, and the rules name it as missing
        assertThat(vm.request().summons()).isNull();
    }
}
