package id.netra.pacts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.PactEvent;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.PactStatus;
import id.netra.pacts.domain.PactTemplate;
import id.netra.pacts.domain.PledgeEvent;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.domain.ScanOutcome;
import id.netra.pacts.domain.SheetId;
import id.netra.pacts.domain.SigningProgress;
import id.netra.pacts.store.PactStore;
import id.netra.pacts.store.PledgeStore;
import id.netra.pdf.PdfInspect;
import id.netra.pdf.Samples;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.store.PeriodStore;
import id.netra.samples.SampleLoader;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.domain.SubUnit;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;

class PactServiceTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 10);

    @TempDir
    Path dir;

    Database db;
    PactService service;
    PledgeService pledges;
    ElectionPeriod pilkada;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(dir.resolve("data")));
        new SampleLoader(db).loadBeforePactCampaign();
        PeriodStore periods = new PeriodStore(db);
        service = new PactService(periods, new RosterStore(db), new SubUnitStore(db), new OpdProfileStore(db),
                new PactStore(db), db.directory());
        pledges = new PledgeService(new PledgeStore(db), service, new OpdProfileStore(db));
        pilkada = service.period("current");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private SubUnit sekretariat() {
        return service.subUnits().stream().filter(u -> u.name().equals("Sekretariat")).findFirst().orElseThrow();
    }

    @Test
    void printingAUnitMarksItsPeoplePrintedAndTheirCodesSignThem() throws Exception {
        SubUnit unit = sekretariat();
        PactService.PreparedPrint prepared = service.prepare(pilkada, PrintSelection.unit(unit.id()), "Sekretariat", TODAY);
        assertThat(prepared.people()).isNotEmpty().allSatisfy(r -> assertThat(r.subUnitId()).isEqualTo(unit.id()));
        assertThat(prepared.people().get(0).subUnitHead()).as("the head comes first").isTrue();

        Path pdf = dir.resolve("out/pakta.pdf");
        var result = service.saveAndRecord(prepared, pdf, TODAY);
        assertThat(result.pages()).isEqualTo(prepared.people().size());
        try (PDDocument back = Loader.loadPDF(pdf.toFile())) {
            String first = PdfInspect.pageText(back, 1);
            assertThat(first).contains(prepared.people().get(0).fullName().split(",")[0]).contains("Sukamaju");
        }
        List<PactRow> roster = service.roster(pilkada.id(), TODAY);
        assertThat(roster.stream().filter(r -> r.subUnitId() == unit.id()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(PactStatus.PRINTED));
        assertThat(roster.stream().filter(r -> r.subUnitId() != unit.id()))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(PactStatus.NOT_PRINTED));

        PactRow first = prepared.people().get(0);
        String code = new SheetId(pilkada.id(), first.staffId(), prepared.batchId()).code();
        assertThat(service.scan(pilkada, code, TODAY, "Rina")).isEqualTo(new ScanOutcome.Signed(first.fullName(), 1));
        assertThat(service.scan(pilkada, code, TODAY.plusDays(1), "Rina"))
                .isEqualTo(new ScanOutcome.AlreadySigned(first.fullName(), TODAY));
        assertThat(service.scan(pilkada, "8991234567890", TODAY, null)).isInstanceOf(ScanOutcome.Foreign.class);
        assertThat(service.scan(pilkada, code.replace(":" + first.staffId() + ":", ":" + (first.staffId() + 1) + ":"),
                TODAY, null)).isInstanceOf(ScanOutcome.Damaged.class);
        ElectionPeriod pemilu = service.periods().list().stream().filter(p -> !p.current()).findFirst().orElseThrow();
        assertThat(service.scan(pilkada, new SheetId(pemilu.id(), first.staffId(), 1).code(), TODAY, null))
                .isEqualTo(new ScanOutcome.OtherPeriod("Pemilihan Umum Tahun 2024"));
        PactRow notPrinted = roster.stream().filter(r -> r.status() == PactStatus.NOT_PRINTED).findFirst().orElseThrow();
        assertThat(service.scan(pilkada, new SheetId(pilkada.id(), notPrinted.staffId(), prepared.batchId()).code(), TODAY, null))
                .isInstanceOf(ScanOutcome.UnknownSheet.class);

        // a reprint of the whole unit keeps the signed pact signed and counts the reprint
        PactService.PreparedPrint again = service.prepare(pilkada, PrintSelection.unit(unit.id()), "ulang", TODAY);
        service.recordPrinted(again, "printer", TODAY.plusDays(2));
        var pact = service.store().pact(pilkada.id(), first.staffId()).orElseThrow();
        assertThat(pact.status()).isEqualTo(PactStatus.SIGNED);
        assertThat(pact.printCount()).isEqualTo(2);
        assertThat(service.store().history(pilkada.id(), first.staffId())).extracting(PactEvent::kind)
                .containsExactly(PactEvent.Kind.PRINTED, PactEvent.Kind.SIGNED, PactEvent.Kind.REPRINTED);
        // an old sheet of the second person still counts, and says it was an older print
        PactRow second = prepared.people().get(1);
        assertThat(service.scan(pilkada, new SheetId(pilkada.id(), second.staffId(), prepared.batchId()).code(), TODAY, null))
                .isInstanceOf(ScanOutcome.SignedFromOlderPrint.class);
        // the unsigned filter leaves out the two signed people
        assertThat(service.prepare(pilkada, PrintSelection.unit(unit.id()).unsigned(), "x", TODAY).people())
                .hasSize(prepared.people().size() - 2);
    }

    @Test
    void bulkSigningSkipsUnprintedAndProgressAndChaseListFollow() throws Exception {
        List<PactRow> all = service.roster(pilkada.id(), TODAY);
        List<Long> firstTen = all.subList(0, 10).stream().map(PactRow::staffId).toList();
        service.recordPrinted(service.prepare(pilkada, PrintSelection.handPicked(Set.copyOf(firstTen)), "pilih", TODAY),
                "printer", TODAY);
        List<Long> changed = service.markSigned(pilkada.id(), List.of(firstTen.get(0), firstTen.get(1), all.get(20).staffId()),
                TODAY, "Rina");
        assertThat(changed).containsExactlyInAnyOrder(firstTen.get(0), firstTen.get(1));

        SigningProgress progress = service.progress(pilkada.id(), TODAY);
        assertThat(progress.people()).isEqualTo(300);
        assertThat(progress.printed()).isEqualTo(10);
        assertThat(progress.signed()).isEqualTo(2);
        assertThat(progress.units()).hasSizeGreaterThan(3);
        assertThat(progress.units().stream().mapToInt(SigningProgress.UnitProgress::people).sum()).isEqualTo(300);
        List<PactRow> chase = service.chaseList(pilkada.id(), TODAY);
        assertThat(chase).hasSize(298).noneMatch(r -> r.status() == PactStatus.SIGNED);
        // heads first within each sub-unit
        long unit = chase.get(chase.size() - 1).subUnitId();
        assertThat(chase.stream().filter(r -> r.subUnitId() == unit).findFirst().orElseThrow().subUnitHead()).isTrue();

        assertThat(service.store().cancelSignature(pilkada.id(), firstTen.get(0), TODAY, "salah pindai")).isTrue();
        assertThat(service.progress(pilkada.id(), TODAY).signed()).isEqualTo(1);
    }

    @Test
    void chaseListPrintsAndExportsWithNipsAsText() throws Exception {
        Path pdf = dir.resolve("chase.pdf");
        int pages = service.saveChaseListPdf(pilkada, TODAY, pdf);
        Samples.keep(pdf);
        assertThat(pages).isGreaterThan(5);
        try (PDDocument back = Loader.loadPDF(pdf.toFile())) {
            String first = PdfInspect.pageText(back, 1);
            assertThat(first).contains("DAFTAR PEGAWAI YANG BELUM MENANDATANGANI PAKTA INTEGRITAS").contains("(Kepala)")
                    .contains("300 orang");
            assertThat(PdfInspect.pageText(back, pages)).contains("Halaman " + pages + " dari " + pages);
        }
        Path xlsx = dir.resolve("chase.xlsx");
        assertThat(service.saveChaseListXlsx(pilkada, TODAY, xlsx)).isEqualTo(300);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(302);
            var nip = sheet.getRow(3).getCell(3);
            assertThat(nip.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(nip.getStringCellValue()).matches("\\d{8} \\d{6} \\d \\d{3}|\\d{8} \\d{4} \\d{2} \\d \\d{3}|-");
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Ya");
        }
    }

    @Test
    void scansAreStoredWithTheirDigest() throws Exception {
        PactRow someone = service.roster(pilkada.id(), TODAY).get(0);
        service.recordPrinted(service.prepare(pilkada, PrintSelection.handPicked(Set.of(someone.staffId())), "1", TODAY),
                "printer", TODAY);
        Path scan = dir.resolve("scan.jpg");
        Files.write(scan, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        assertThatThrownBy(() -> service.attachScan(pilkada.id(), someone.staffId(), scan))
                .isInstanceOf(PactService.NotReady.class);
        service.markSigned(pilkada.id(), List.of(someone.staffId()), TODAY, null);
        var stored = service.attachScan(pilkada.id(), someone.staffId(), scan);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(scan)));
        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(Files.readAllBytes(service.scanFile(stored))).isEqualTo(Files.readAllBytes(scan));
        assertThat(service.store().pact(pilkada.id(), someone.staffId()).orElseThrow().scan())
                .usingRecursiveComparison().ignoringFields("attachedAt").isEqualTo(stored);
        assertThatThrownBy(() -> service.attachScan(pilkada.id(), someone.staffId(), dir.resolve("x.docx")))
                .isInstanceOf(PactService.NotReady.class);
    }

    @Test
    void templatesArePerPeriod() {
        PactTemplate edited = PactTemplate.standard().withOptions(true, true);
        service.store().saveTemplate(pilkada.id(), edited);
        assertThat(service.store().templateOrStandard(pilkada.id())).isEqualTo(edited);
        ElectionPeriod pemilu = service.periods().list().stream().filter(p -> !p.current()).findFirst().orElseThrow();
        assertThat(service.store().templateOrStandard(pemilu.id())).isEqualTo(PactTemplate.standard());
    }

    @Test
    void pledgeAttendanceBulkByUnitAndCounted() throws Exception {
        PledgeEvent draft = pledges.draft(pilkada, TODAY);
        assertThat(draft.text()).contains("Pemilihan Kepala Daerah Serentak Tahun 2024").doesNotContain("{pemilihan}");
        long id = pledges.store().save(draft);
        PledgeEvent event = pledges.store().event(id).orElseThrow();
        int unitSize = pledges.recordForUnit(event, sekretariat().id(), Attendance.HADIR, TODAY);
        PactRow one = service.roster(pilkada.id(), TODAY).stream().filter(r -> r.subUnitId() == sekretariat().id())
                .findFirst().orElseThrow();
        pledges.record(event, Map.of(one.staffId(), Attendance.SAKIT));
        var count = pledges.count(event, TODAY);
        assertThat(count.present()).isEqualTo(unitSize - 1);
        assertThat(count.counts().get(Attendance.SAKIT)).isEqualTo(1);
        assertThat(count.expected()).isEqualTo(300);
        assertThat(pledges.latest(pilkada.id(), TODAY)).contains(count);
        Path listPdf = dir.resolve("daftar-hadir-sekretariat.pdf");
        assertThat(pledges.saveAttendanceList(event, pilkada, sekretariat().id(), TODAY, listPdf)).isPositive();
        Samples.keep(listPdf);
        var list = pledges.attendanceList(event, pilkada, sekretariat().id(), TODAY);
        assertThat(list.rows()).hasSize(unitSize);
        assertThat(list.head().name()).isEqualTo("Dr. H. Ahmad Fauzi, S.Pd., M.Si.");
    }
}
