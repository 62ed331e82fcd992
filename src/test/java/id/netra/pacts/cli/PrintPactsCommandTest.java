package id.netra.pacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.cli.CliRunner;

class PrintPactsCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsAUnitAsJsonThenOnlyTheUnsignedAreLeft() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "load-samples")).isZero();
        Path pdf = dir.resolve("sekretariat.pdf");
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--period", "current", "--unit", "sekretariat",
                "--out", pdf.toString(), "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out());
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
        JsonNode counts = new ObjectMapper().readTree(cli.out()).path("counts");
        assertThat(counts.path("pact").asInt()).isEqualTo(300);
        assertThat(counts.path("pact_event").asInt()).isEqualTo(300 + 282 + people);

        // human output is Indonesian; the whole OPD now: only the 18 sample sheets never signed
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--unsigned", "--out", dir.resolve("all.pdf").toString()))
                .isZero();
        assertThat(cli.out()).startsWith("Dicetak 18 lembar pakta");
    }

    @Test
    void unknownUnitOrPeriodFailsWithASentence() {
        Path data = dir.resolve("data");
        assertThat(run("--data-dir", data.toString(), "load-samples")).isZero();
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--unit", "Bidang Tidak Ada", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Unit kerja \"Bidang Tidak Ada\" tidak ditemukan");
        assertThat(run("--data-dir", data.toString(), "print-pacts", "--period", "99", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Pemilihan \"99\" tidak ditemukan");
        assertThat(run("--data-dir", data.toString(), "print-pacts")).isEqualTo(2);
    }
}
