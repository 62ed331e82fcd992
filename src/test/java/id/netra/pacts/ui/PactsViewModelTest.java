package id.netra.pacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.domain.SheetId;
import id.netra.pacts.service.PactService;
import id.netra.pacts.store.PactStore;
import id.netra.periods.store.PeriodStore;
import id.netra.samples.SampleLoader;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;
import id.netra.ui.ImmediateTaskRunner;

/** The view model without a toolkit: the task runner runs work at once. */
class PactsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 10);

    @TempDir
    Path dir;

    Database db;
    PactsViewModel vm;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Messages.INDONESIAN);
        db = Database.open(new DataDirectory(dir.resolve("data")));
        new SampleLoader(db).loadBeforePactCampaign();
        PactService service = new PactService(new PeriodStore(db), new RosterStore(db), new SubUnitStore(db),
                new OpdProfileStore(db), new PactStore(db), db.directory());
        vm = new PactsViewModel(service, new ImmediateTaskRunner(), () -> TODAY);
        vm.onChange(changes::incrementAndGet);
        vm.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void choosesTheCurrentPeriodAndPrintsScansAndCounts() throws Exception {
        assertThat(vm.period.get().current()).isTrue();
        assertThat(vm.people.get()).isEqualTo(300);
        PactRow first = vm.roster.get(0);
        vm.prepare(PrintSelection.handPicked(java.util.Set.of(first.staffId())), "satu");
        assertThat(vm.previewPages).hasSize(1);
        Path out = dir.resolve("satu.pdf");
        vm.save(out, p -> { });
        assertThat(Files.exists(out)).isTrue();
        assertThat(vm.prepared.get()).isNull();
        assertThat(vm.roster.get(0).status()).isEqualTo(PactStatus.PRINTED);

        long batch = vm.roster.get(0).batchId();
        vm.scan("  ");
        assertThat(vm.scanOk.get()).isNull();
        vm.scan(new SheetId(vm.period.get().id(), first.staffId(), batch).code());
        assertThat(vm.scanOk.get()).isTrue();
        assertThat(vm.scanMessage.get()).contains(first.fullName()).contains("jumlah 1");
        assertThat(vm.signed.get()).isEqualTo(1);
        assertThat(vm.scannedThisSession.get()).isEqualTo(1);
        vm.scan("NETRA:P:1:2:3:00");
        assertThat(vm.scanOk.get()).isFalse();
        assertThat(vm.scanMessage.get()).startsWith("Kode terbaca rusak");
        assertThat(changes.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void periodsAreEditableAndASignatureCanBeCancelledOnlyWithAReason() throws Exception {
        var pilkada = vm.period.get();
        var psu = new id.netra.periods.domain.ElectionPeriod(0, "Pemungutan Suara Ulang Pilkada 2025",
                id.netra.periods.domain.ElectionKind.PSU, 2025, null, null, null, LocalDate.of(2025, 8, 27),
                LocalDate.of(2025, 8, 1), id.netra.periods.domain.RecommendingBody.BKN, true);
        vm.savePeriod(psu);
        assertThat(vm.periods).hasSize(3);
        assertThat(vm.periods.stream().filter(p -> p.current()).map(p -> p.name()))
                .containsExactly("Pemungutan Suara Ulang Pilkada 2025");
        assertThat(vm.status.get()).isEqualTo("Pemilihan \"Pemungutan Suara Ulang Pilkada 2025\" tersimpan.");

        vm.period.set(pilkada);
        PactRow first = vm.roster.get(0);
        vm.prepare(PrintSelection.handPicked(java.util.Set.of(first.staffId())), "satu");
        vm.save(dir.resolve("x.pdf"), p -> { });
        vm.markSigned(List.of(first.staffId()));
        assertThat(vm.signed.get()).isEqualTo(1);
        vm.cancelSignature(first.staffId(), " ");
        assertThat(vm.signed.get()).isEqualTo(1);
        assertThat(vm.status.get()).isEqualTo("Tulis alasan pembatalan.");
        vm.cancelSignature(first.staffId(), "salah pindai");
        assertThat(vm.signed.get()).isZero();
    }

    @Test
    void bulkMarkSkipsUnprintedAndSaysSo() {
        List<Long> ids = vm.roster.subList(0, 3).stream().map(PactRow::staffId).toList();
        vm.markSigned(ids);
        assertThat(vm.status.get()).isEqualTo("0 orang ditandai sudah menandatangani; 3 dilewati (belum dicetak atau sudah tercatat).");
    }

    @Test
    void anUnprintableTemplateIsRefusedWithAReason() {
        vm.saveTemplate(new PactTemplate("", "", "", "", List.of(), "", "", false, false));
        assertThat(vm.status.get()).isEqualTo("Judul pakta tidak boleh kosong.");
        vm.saveTemplate(PactTemplate.standard().withOptions(true, false));
        assertThat(vm.template.get().superiorBlock()).isTrue();
        assertThat(vm.status.get()).isEqualTo("Naskah pakta tersimpan untuk pemilihan ini.");
    }
}
