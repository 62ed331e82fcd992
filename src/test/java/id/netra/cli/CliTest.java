package id.netra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CliTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void loadSamplesThenInfoJsonShowsTheCounts() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        assertThat(cli.out()).contains("300 pegawai");

        assertThat(run("--data-dir", dir.toString(), "info", "--json")).isZero();
        JsonNode info = new ObjectMapper().readTree(cli.out());
        assertThat(info.path("dataDir").asText()).isEqualTo(dir.toAbsolutePath().toString());
        assertThat(info.path("counts").path("staff").asInt()).isEqualTo(300);
        assertThat(info.path("counts").path("opd_profile").asInt()).isEqualTo(1);
        assertThat(info.path("schemaVersion").asText()).isNotEqualTo("0");
    }

    @Test
    void humanInfoIsIndonesian() {
        assertThat(run("--data-dir", dir.toString(), "info")).isZero();
        assertThat(cli.out()).contains("Folder data").contains("Versi skema").contains("staff");
    }

    @Test
    void failuresExitOneWithASentenceOnStderr() {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isEqualTo(1);
        assertThat(cli.err()).contains("Data contoh hanya dapat dimuat").doesNotContain("Exception");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(run("info", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void versionAndHelpWork() {
        assertThat(run("--version")).isZero();
        assertThat(cli.out()).startsWith("Netra ");
        assertThat(run("--help")).isZero();
        assertThat(cli.out()).contains("load-samples").contains("info");
    }
}
