package id.netra.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.findings.domain.CaseStatus;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.Viewer;
import id.netra.findings.service.FindingsService;
import id.netra.staff.domain.Grade;
import id.netra.staff.domain.PersonName;
import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.Sex;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;
import id.netra.ui.ImmediateTaskRunner;

/**
 * The clerk records a case about two staff with a screenshot, takes it through clarification and a
 * missed summons (it shows as overdue) to a decision (it leaves the overdue list), then prints it.
 */
@ExtendWith(ApplicationExtension.class)
class FindingsSectionFxTest {

    static final byte[] PNG_1x1 = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            + "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a1d4f2c30000000049454e44ae426082");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    static Path root;
    private static int run;

    private Database db;
    private FindingsService service;
    private FindingsSection section;
    private Path screenshot;
    private Path exports;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = root.resolve("run-" + (++run));
        db = Database.open(new DataDirectory(dir.resolve("data")));
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
        service = FindingsService.open(db, clock);
        db.inTransactionRun(ctx -> SubUnitStore.findOrCreate(ctx, "Bidang Pendidikan Dasar",
                id.netra.staff.domain.SubUnitKind.BIDANG));
        RosterStore roster = new RosterStore(db);
        roster.add(staff(StaffKind.PNS, "198503122010011003", "Budi Santoso", "III/a"));
        roster.add(staff(StaffKind.PPPK, "199001012022212004", "Siti Rahmawati", "IX"));
        new id.netra.settings.store.OpdProfileStore(db).save(new id.netra.settings.domain.OpdProfile(
                "DINAS PENDIDIKAN", "PEMERINTAH KABUPATEN SUKAMAJU", "Jalan Merdeka No. 1, Sukamaju 12345",
                "(0321) 123456", "disdik@sukamajukab.go.id", "", "Sukamaju", "Dr. Hj. Ratna Dewi, M.Pd.",
                "197001011995032001", "Pembina Utama Muda (IV/c)", "Kepala Dinas Pendidikan", null, null,
                id.netra.settings.domain.PaperSize.A4));
        screenshot = Files.write(dir.resolve("tangkapan-layar.png"), PNG_1x1);
        exports = dir.resolve("exports");
        SubUnitStore units = new SubUnitStore(db);
        FindingsContext ctx = new FindingsContext(service, roster::listAll, roster::find, units::list,
                new id.netra.periods.store.PeriodStore(db)::list, new ImmediateTaskRunner(),
                () -> TODAY, owner -> Optional.of(screenshot), () -> Viewer.CLERK, "operator", exports,
                () -> FindingsPrinting.printer(service, db, TODAY));
        section = new FindingsSection(ctx);
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1280, 800);
        scene.getStylesheets().add(FindingsSectionFxTest.class.getResource("/id/netra/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        section.onShow();
    }

    private static StaffDraft staff(StaffKind kind, String nip, String name, String grade) {
        return new StaffDraft(kind, nip, null, null, PersonName.of(name), Sex.MALE, "Sukamaju", LocalDate.of(1985, 3, 12),
                Grade.parse(grade, kind).orElseThrow(), "Guru Ahli Pertama", PositionType.FUNGSIONAL,
                "Bidang Pendidikan Dasar", null, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void recordsACaseMovesItToADecisionAndPrintsItsSummary(FxRobot robot) throws Exception {
        click(robot, "#findings-new");
        robot.interact(() -> robot.lookup("#case-date-known").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 2)));
        click(robot, "#case-act-place").write("Lapangan Desa Sukamaju");
        click(robot, "#case-chronology").write("Yang bersangkutan mengunggah foto bersama calon bupati dengan pose dua jari.");
        click(robot, "#case-staff-search").write("Budi");
        click(robot, "#case-staff-add");
        doubleClick(robot, "#case-staff-search").eraseText(4).write("Siti");
        click(robot, "#case-staff-add");
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CatalogueEntry> pick = robot.lookup("#case-code-pick").queryAs(ComboBox.class);
            pick.setValue(pick.getItems().stream().filter(e -> e.code().equals("D7")).findFirst().orElseThrow());
        });
        click(robot, "#case-code-add");
        click(robot, "#case-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#case-error")).isEmpty();
        assertThat(text(robot, "#case-heading")).contains("001/TEMUAN/2026").contains("Dicatat");
        assertThat(text(robot, "#case-wording")).isEqualTo("Diduga melanggar");

        click(robot, "#case-evidence-add");
        TableView<?> evidence = robot.lookup("#case-evidence").queryAs(TableView.class);
        assertThat(evidence.getItems()).singleElement().satisfies(r -> assertThat(
                ((CaseEditorViewModel.EvidenceRow) r).check()).isEqualTo(EvidenceCheck.INTACT));

        step(robot, CaseStatus.KLARIFIKASI);
        click(robot, "#case-transition-apply");
        step(robot, CaseStatus.PEMERIKSAAN);
        click(robot, "#step-letter-number").write("800/101/DISDIK/2026");
        robot.interact(() -> {
            robot.lookup("#step-letter-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 5));
            robot.lookup("#step-scheduled").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 10));
        });
        click(robot, "#case-transition-apply");
        assertThat(text(robot, "#case-error")).isEmpty();
        click(robot, "#case-attendance-absent");
        click(robot, "#examiner-name").write("Rina Kusuma (Inspektorat)");
        click(robot, "#examiner-add");

        click(robot, "#case-back");
        click(robot, "#findings-filter-overdue");
        snapshot(robot, "findings-list-overdue.png");
        TableView<?> list = robot.lookup("#findings-table").queryAs(TableView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(section.badge().getValue()).isEqualTo("1");

        robot.interact(() -> list.getSelectionModel().select(0));
        click(robot, "#findings-open");
        step(robot, CaseStatus.DIPUTUS);
        robot.interact(() -> {
            robot.lookup("#step-outcome").queryAs(ComboBox.class).setValue(DecisionOutcome.PROVEN);
            robot.lookup("#step-sanction").queryAs(ComboBox.class).setValue(SanctionLevel.DISIPLIN_SEDANG);
            robot.lookup("#step-letter-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 24));
            robot.lookup("#step-delivered").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 25));
        });
        click(robot, "#step-sanction-detail").write("Pemotongan tunjangan kinerja 25% selama 6 bulan");
        click(robot, "#step-letter-number").write("800/SK/77/2026");
        click(robot, "#case-transition-apply");
        assertThat(text(robot, "#case-error")).isEmpty();
        assertThat(text(robot, "#case-heading")).contains("Diputus");
        assertThat(text(robot, "#case-wording")).isEqualTo("Terbukti melanggar");

        snapshot(robot, "findings-editor-decided.png");
        click(robot, "#case-print");
        assertThat(text(robot, "#case-error")).isEmpty();
        Path pdf = Path.of(text(robot, "#case-printed"));
        String printed = FindingsPrinting.textOf(pdf);
        assertThat(printed).contains("001/TEMUAN/2026").contains("Budi Santoso").contains("Siti Rahmawati")
                .contains("D7").contains("800/SK/77/2026").contains("Terbukti melanggar").contains("Rina Kusuma")
                .doesNotContain("praduga");
        // the hash is printed in groups of 16 so it wraps cleanly: compare without the spacing
        assertThat(printed.replaceAll("\\s", "")).contains(service.evidence().list(1).get(0).sha256());

        click(robot, "#case-back");
        assertThat(list.getItems()).isEmpty();
        assertThat(section.badge().getValue()).isEmpty();
        click(robot, "#findings-filter-overdue");
        assertThat(list.getItems()).hasSize(1);
    }

    /** Scrolls the editor so the node is on screen, then clicks it as the clerk would. */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String id) {
        reveal(robot, id);
        return robot.clickOn(id);
    }

    private static org.testfx.api.FxRobotInterface doubleClick(FxRobot robot, String id) {
        reveal(robot, id);
        return robot.doubleClickOn(id);
    }

    private static void reveal(FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(() -> {
            javafx.scene.Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double content = sp.getContent().getBoundsInLocal().getHeight();
                double view = sp.getViewportBounds().getHeight();
                if (content > view) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - view / 3) / (content - view))));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Screens kept in target/ for a human look while developing (scratch space, not an assertion). */
    private static void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            javafx.scene.Scene scene = robot.listTargetWindows().get(0).getScene();
            var image = scene.snapshot(null);
            try {
                Files.createDirectories(Path.of("target"));
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                        Path.of("target", name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void step(FxRobot robot, CaseStatus target) {
        robot.interact(() -> robot.lookup("#case-transition-target").queryAs(ComboBox.class).setValue(target));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

}
