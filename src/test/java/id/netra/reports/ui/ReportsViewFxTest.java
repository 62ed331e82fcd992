package id.netra.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import id.netra.reports.service.Reports;
import id.netra.samples.SampleLoader;
import id.netra.ui.FxTaskRunner;

@ExtendWith(ApplicationExtension.class)
class ReportsViewFxTest {

    @TempDir
    static Path root;

    private Database db;
    private final FxTaskRunner runner = new FxTaskRunner();
    private ReportsSection section;

    @Start
    void start(Stage stage) throws Exception {
        db = Database.open(new DataDirectory(root.resolve("data")));
        new SampleLoader(db).load();
        // the sample roster is loaded today, yet it is the starting roster: October 2024 counts it
        section = new ReportsSection(Reports.service(db, Clock.systemDefaultZone()), runner,
                () -> LocalDate.of(2024, 11, 4), root.resolve("exports"));
        stage.setScene(new Scene(new VBox(section.view()), 1200, 800));
        stage.show();
        section.onShow();
    }

    @AfterEach
    void close() {
        runner.close();
        db.close();
    }

    @Test
    void buildsOctoberWritesSectionFiveAndSavesThePdf(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#reports-period").queryAs(ComboBox.class).getValue() != null);
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> month = robot.lookup("#reports-month").queryAs(ComboBox.class);
        assertThat(month.getValue()).isEqualTo(YearMonth.of(2024, 10));
        robot.clickOn("#reports-obstacles").write("Kendala: pakta sekolah kepulauan belum kembali.");
        robot.clickOn("#reports-generate");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> !robot.lookup("#reports-figures").queryAs(ListView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        ListView<String> figures = robot.lookup("#reports-figures").queryAs(ListView.class);
        assertThat(figures.getItems()).anyMatch(s -> s.startsWith("Pegawai: 300"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#reports-preview").queryAs(VBox.class).getChildren().size() >= 3);

        robot.clickOn("#reports-save-pdf");
        Path pdf = root.resolve("exports").resolve("Laporan-Netralitas-2024-10.pdf");
        Label message = robot.lookup("#reports-message").queryAs(Label.class);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup("#reports-history").queryAs(TableView.class).getItems().size() == 1);
        } finally {
            assertThat(message.getText()).startsWith("PDF disimpan");
        }
        assertThat(Files.exists(pdf)).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Kendala: pakta sekolah kepulauan belum kembali.")
                    .contains("Bulan Oktober 2024 - Pemilihan Kepala Daerah Serentak Tahun 2024");
        }
    }
}
