package id.netra.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.cli.Cli;
import id.netra.reports.service.ReportService;

class ReportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesPdfWorkbookAndPrintsTheFiguresAsJson() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "load-samples")).isZero();
        Path pdf = dir.resolve("out/laporan.pdf");
        Path xlsx = dir.resolve("out/laporan.xlsx");
        assertThat(run("--data-dir", data, "report", "--month", "2024-10", "--out", pdf.toString(),
                "--xlsx", xlsx.toString(), "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("format").asText()).isEqualTo("netra-monthly-report");
        assertThat(json.path("month").asText()).isEqualTo("2024-10");
        assertThat(json.path("file").path("sha256").asText()).isEqualTo(ReportService.sha256(pdf));
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
        assertThat(err.toString()).contains("pemilihan").doesNotContain("Exception");
    }
}
