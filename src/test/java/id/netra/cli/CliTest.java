package id.netra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CliTest {

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
    void loadSamplesThenInfoJsonShowsTheCounts() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        assertThat(out.toString()).contains("300 pegawai");

        assertThat(run("--data-dir", dir.toString(), "info", "--json")).isZero();
        JsonNode info = new ObjectMapper().readTree(out.toString());
        assertThat(info.path("dataDir").asText()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(info.path("counts").path("staff").asInt()).isEqualTo(300);
        assertThat(info.path("counts").path("opd_profile").asInt()).isEqualTo(1);
        assertThat(info.path("schemaVersion").asText()).isNotEqualTo("0");
    }

    @Test
    void humanInfoIsIndonesian() {
        assertThat(run("--data-dir", dir.toString(), "info")).isZero();
        assertThat(out.toString()).contains("Folder data").contains("Versi skema").contains("staff");
    }

    @Test
    void failuresExitOneWithASentenceOnStderr() {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isEqualTo(1);
        assertThat(err.toString()).contains("Data contoh hanya dapat dimuat").doesNotContain("Exception");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("info", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Netra ");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("load-samples").contains("info");
    }
}
