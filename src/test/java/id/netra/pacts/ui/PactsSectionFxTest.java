package id.netra.pacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.service.PactService;
import id.netra.pacts.service.PledgeService;
import id.netra.pacts.store.PactStore;
import id.netra.pacts.store.PledgeStore;
import id.netra.pdf.PdfInspect;
import id.netra.periods.store.PeriodStore;
import id.netra.samples.SampleLoader;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.domain.SubUnit;
import id.netra.staff.store.RosterStore;
import id.netra.staff.store.SubUnitStore;
import id.netra.ui.FxTaskRunner;

/** The clerk's loop on the real screen: print a sub-unit, scan three sheets back, see the counts move; ikrar. */
@ExtendWith(ApplicationExtension.class)
class PactsSectionFxTest {

    static final LocalDate TODAY = LocalDate.of(2024, 9, 10);

    @TempDir
    static Path root;

    private Database db;
    private PactsSection section;
    private PactProgressCard progressCard;
    private PledgeCard pledgeCard;
    private final FxTaskRunner runner = new FxTaskRunner();
    private final Path saved = root.resolve("sekretariat.pdf");

    /** Answers file dialogs at once: a native dialog cannot be driven headless. */
    private final FilePicker picker = new FilePicker() {
        @Override
        public Optional<Path> saveAs(Window owner, Path initialDir, String suggestedName, String extension) {
            return Optional.of(extension.equals("pdf") ? saved : root.resolve(suggestedName));
        }

        @Override
        public Optional<Path> open(Window owner, List<String> extensions) {
            return Optional.empty();
        }
    };

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(new DataDirectory(root.resolve("data-" + System.nanoTime())));
        new SampleLoader(db).loadBeforePactCampaign();
        PactService pacts = new PactService(new PeriodStore(db), new RosterStore(db), new SubUnitStore(db),
                new OpdProfileStore(db), new PactStore(db), db.directory());
        PledgeService pledges = new PledgeService(new PledgeStore(db), pacts, new OpdProfileStore(db));
        section = new PactsSection(pacts, pledges, runner, () -> TODAY, picker, root.resolve("exports"));
        progressCard = new PactProgressCard(pacts, runner, () -> TODAY);
        pledgeCard = new PledgeCard(pacts, pledges, runner, () -> TODAY);
        HBox cards = new HBox(8, progressCard.node(), pledgeCard.node());
        VBox page = new VBox(8, cards, section.view());
        stage.setScene(new Scene(page, 1240, 780));
        stage.show();
        section.onShow();
        progressCard.refresh();
        pledgeCard.refresh();
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void printAUnitScanThreeSheetsBackAndRecordIkrarAttendance(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#pacts-table").queryAs(TableView.class);
        await(() -> table.getItems().size() == 300);
        await(() -> text(robot, "#home-pacts-signed").startsWith("0 / 300"));
        assertThat(robot.lookup("#home-pacts-chart").query().isVisible()).isTrue();
        assertThat(robot.lookup("#home-pacts-bar").query().isVisible()).isTrue();
        TabPane tabs = robot.lookup("#pacts-tabs").queryAs(TabPane.class);

        // print the Sekretariat
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        ComboBox<SubUnit> unit = robot.lookup("#pacts-print-unit").queryAs(ComboBox.class);
        SubUnit sekretariat = unit.getItems().stream().filter(u -> u.name().equals("Sekretariat")).findFirst().orElseThrow();
        robot.interact(() -> unit.setValue(sekretariat));
        Pane pages = robot.lookup("#pacts-preview-pages").queryAs(Pane.class);
        assertThat(((Label) pages.getChildren().get(0)).getText()).startsWith("Belum ada pratinjau");
        robot.clickOn("#pacts-preview");
        await(() -> pages.getChildren().size() == 3);
        // the pages appear beside the selection without squeezing it
        javafx.scene.layout.Region choose = (javafx.scene.layout.Region) unit.getParent().getParent();
        assertThat(choose.getWidth()).isGreaterThanOrEqualTo(420);
        robot.clickOn("#pacts-save");
        await(() -> Files.exists(saved) && text(robot, "#pacts-status").contains("dicatat sudah dicetak"));

        // take three signed sheets back by their QR codes, read off the printed PDF
        List<String> codes = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            for (int i = 0; i < 3; i++) {
                codes.add(PdfInspect.decodeQr(PdfInspect.crop(PdfInspect.render(doc, i, 150), 0, 0.8, 0.4, 0.2)));
            }
        }
        assertThat(codes).doesNotContainNull().doesNotHaveDuplicates();
        robot.interact(() -> tabs.getSelectionModel().select(0));
        for (int i = 0; i < codes.size(); i++) {
            robot.clickOn("#pacts-scan-field").write(codes.get(i)).type(KeyCode.ENTER);
            int expected = i + 1;
            await(() -> text(robot, "#pacts-signed-count").startsWith("Sudah menandatangani: " + expected + " dari 300"));
            Node result = robot.lookup("#pacts-scan-result").query();
            assertThat(result.getStyleClass()).contains("scan-flash-ok");
        }
        assertThat(text(robot, "#pacts-signed-count")).endsWith("dipindai sesi ini: 3");
        // the same sheet again changes nothing, a foreign code says so
        robot.clickOn("#pacts-scan-field").write(codes.get(0)).type(KeyCode.ENTER);
        await(() -> text(robot, "#pacts-scan-result").contains("sudah tercatat"));
        robot.clickOn("#pacts-scan-field").write("8991234567890").type(KeyCode.ENTER);
        await(() -> text(robot, "#pacts-scan-result").startsWith("Bukan kode"));
        assertThat(robot.lookup("#pacts-scan-result").query().getStyleClass()).contains("scan-flash-error");
        assertThat(text(robot, "#pacts-signed-count")).startsWith("Sudah menandatangani: 3 dari 300");

        // a wrongly scanned sheet is taken back with a reason, in a dialog worded in Indonesian
        TableView<PactRow> signing = robot.lookup("#pacts-table").queryAs(TableView.class);
        int signedRow = signing.getItems().indexOf(signing.getItems().stream()
                .filter(r -> r.status() == id.netra.pacts.domain.PactStatus.SIGNED).findFirst().orElseThrow());
        robot.interact(() -> signing.getSelectionModel().clearAndSelect(signedRow));
        robot.clickOn("#pacts-cancel-signed");
        await(() -> robot.lookup(".dialog-pane .button").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class))
                .extracting(javafx.scene.control.Button::getText).containsExactlyInAnyOrder("Simpan", "Batal");
        robot.interact(() -> robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class)
                .setText("salah pindai"));
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals("Simpan")).findFirst().orElseThrow().fire());
        await(() -> text(robot, "#pacts-signed-count").startsWith("Sudah menandatangani: 2 dari 300"));

        snapshot(robot, "pacts-signing");

        // the dashboard moves when Beranda is shown again
        robot.interact(progressCard::refresh);
        await(() -> text(robot, "#home-pacts-signed").startsWith("2 / 300 ("));
        assertThat(text(robot, "#home-pacts-days")).contains("Batas tanda tangan 24 September 2024: 14 hari lagi");

        // ikrar: a new assembly, the whole Sekretariat present
        robot.interact(() -> tabs.getSelectionModel().select(3));
        robot.clickOn("#pledge-new");
        await(() -> !robot.lookup("#pledge-place").queryAs(javafx.scene.control.TextField.class).getText().isEmpty());
        @SuppressWarnings("unchecked")
        ComboBox<SubUnit> pledgeUnit = robot.lookup("#pledge-unit").queryAs(ComboBox.class);
        robot.interact(() -> pledgeUnit.setValue(sekretariat));
        robot.clickOn("#pledge-apply");
        int unitSize = (int) section.viewModel().roster.stream().filter(r -> r.subUnitId() == sekretariat.id()).count();
        await(() -> text(robot, "#pledge-counts").startsWith("Hadir " + unitSize + " "));
        robot.interact(pledgeCard::refresh);
        await(() -> text(robot, "#home-pledge-counts").startsWith("Hadir " + unitSize + " "));
        snapshot(robot, "pacts-pledge");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        snapshot(robot, "pacts-print");
    }

    /** Keeps a picture of the screen in target/ui-samples for a person to look at. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = robot.listTargetWindows().get(0).getScene().getRoot().snapshot(null, null));
        Path dir = Path.of("target", "ui-samples");
        Files.createDirectories(dir);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                dir.resolve(name + ".png").toFile());
    }
}
