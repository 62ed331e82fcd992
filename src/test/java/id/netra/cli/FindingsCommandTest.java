package id.netra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FindingsCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void listsOverdueSampleCasesAsJson() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        assertThat(run("--data-dir", dir.toString(), "temuan", "--overdue", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.path("cases")).isNotEmpty();
        assertThat(doc.path("cases").findValuesAsText("deadlineState")).contains("OVERDUE");
        assertThat(cli.err()).isEmpty();
    }
}
