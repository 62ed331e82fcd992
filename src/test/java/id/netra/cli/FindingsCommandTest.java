package id.netra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class FindingsCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listsOverdueSampleCasesAsJson() throws Exception {
        assertThat(run("--data-dir", dir.toString(), "load-samples")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", dir.toString(), "temuan", "--overdue", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.path("cases")).isNotEmpty();
        assertThat(doc.path("cases").findValuesAsText("deadlineState")).contains("OVERDUE");
        assertThat(err.toString()).isEmpty();
    }
}
