package id.netra.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.cli.CliRunner;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesPdfWorkbookAndPrintsTheFiguresAsJson() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "load-samples")).isZero();
        Path pdf = dir.resolve("out/laporan.pdf");
        Path xlsx = dir.resolve("out/laporan.xlsx");
        assertThat(run("--data-dir", data, "report", "--month", "2024-10", "--out", pdf.toString(),
                "--xlsx", xlsx.toString(), "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(json.path("format").asText()).isEqualTo("netra-monthly-report");
        assertThat(json.path("month").asText()).isEqualTo("2024-10");
        assertThat(json.path("file").path("sha256").asText()).isEqualTo(id.netra.safety.domain.Sha256.hex(pdf));
        assertThat(Files.size(pdf)).isPositive();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(7);
        }
    }

    @Test
    void aBadMonthIsUsageAndAMissingProfileIsASentence() {
        String data = dir.resolve("empty").toString();
        assertThat(run("--data-dir", data, "report", "--month", "Oktober", "--out", "x.pdf")).isEqualTo(2);
        assertThat(run("--data-dir", data, "report", "--month", "2024-10", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(1);
        assertThat(cli.err()).contains("pemilihan").doesNotContain("Exception");
    }
}
