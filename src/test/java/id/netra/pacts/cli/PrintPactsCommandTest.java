package id.netra.pacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.cli.Cli;

class PrintPactsCommandTest {

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
    void printsAUnitAsJsonThenOnlyTheUnsignedAreLeft() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "load-samples")).isZero();
        Path pdf = dir.resolve("sekretariat.pdf");
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--period", "current", "--unit", "sekretariat",
                "--out", pdf.toString(), "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        int people = json.path("people").asInt();
        assertThat(people).isPositive();
        assertThat(json.path("pages").asInt()).isEqualTo(people);
        assertThat(json.path("bytes").asLong()).isEqualTo(Files.size(pdf));
        assertThat(json.path("file").asText()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(json.has("millis")).isTrue();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(people);
        }
        // the sample campaign printed everyone once: the unit's sheets are reprints, no new pacts
        assertThat(run("--data-dir", data.toString(), "info", "--json")).isZero();
        JsonNode counts = new ObjectMapper().readTree(out.toString()).path("counts");
        assertThat(counts.path("pact").asInt()).isEqualTo(300);
        assertThat(counts.path("pact_event").asInt()).isEqualTo(300 + 282 + people);

        // human output is Indonesian; the whole OPD now: only the 18 sample sheets never signed
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--unsigned", "--out", dir.resolve("all.pdf").toString()))
                .isZero();
        assertThat(out.toString()).startsWith("Dicetak 18 lembar pakta");
    }

    @Test
    void unknownUnitOrPeriodFailsWithASentence() {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "load-samples")).isZero();
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--unit", "Bidang Tidak Ada", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Unit kerja \"Bidang Tidak Ada\" tidak ditemukan");
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--period", "99", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Pemilihan \"99\" tidak ditemukan");
        assertThat(run("--data-dir", data.toString(), "print-pacts")).isEqualTo(2);
    }
}
