package id.netra.staff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.cli.CliRunner;

class ImportStaffCommandTest {

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ImportStaffCommandTest.class.getResource("/staff/import/" + name).toURI()).toString();
    }

    @Test
    void importsTheSiasnSampleAndAReimportChangesNothing() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-siasn.csv")).isZero();
        assertThat(cli.out()).contains("300 baru").contains("0 ditolak");
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-siasn.csv", "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.path("new").asInt()).isZero();
        assertThat(doc.path("unchanged").asInt()).isEqualTo(300);
        assertThat(doc.path("committed").asBoolean()).isTrue();
    }

    @Test
    void theSimpegSampleIsTheSamePeopleAsTheSiasnOne() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-simpeg.xlsx", "--json")).isZero();
        JsonNode first = new ObjectMapper().readTree(cli.out());
        assertThat(first.path("new").asInt()).isEqualTo(300);
        assertThat(first.path("rejectedCount").asInt()).isZero();
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-siasn.csv", "--json")).isZero();
        JsonNode second = new ObjectMapper().readTree(cli.out());
        assertThat(second.path("unchanged").asInt()).isEqualTo(300);
        assertThat(second.path("new").asInt()).isZero();
        assertThat(second.path("updated").asInt()).isZero();
    }

    @Test
    void jsonListsRejectedRowsAndExitsZeroWhenSomethingCommitted() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "import-staff", fixture("duplicate-nip.csv"), "--json")).isZero();
        JsonNode doc = new ObjectMapper().readTree(cli.out());
        assertThat(doc.path("new").asInt()).isEqualTo(2);
        assertThat(doc.path("rejectedCount").asInt()).isEqualTo(1);
        assertThat(doc.path("rejected").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(doc.path("rejected").get(0).path("column").asText()).isEqualTo("NIP");
        assertThat(doc.path("rejected").get(0).path("reason").asText()).contains("baris 2");
        assertThat(doc.path("notInFile").asInt()).isZero();
        // the sample roster is not in this small file: reported, never deactivated by the CLI
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-siasn.csv")).isZero();
        assertThat(run("--data-dir", data, "import-staff", fixture("duplicate-nip.csv"))).isZero();
        assertThat(cli.out()).contains("300 pegawai aktif tidak ada di berkas ini");
    }

    @Test
    void dryRunSavesNothing() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "import-staff", "samples/staff-siasn.csv", "--dry-run")).isZero();
        assertThat(cli.out()).contains("Uji coba").contains("300 baru");
        assertThat(run("--data-dir", data, "info", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(cli.out()).path("counts").path("staff").asInt()).isZero();
    }

    @Test
    void exitsOneWhenNothingCanBeImported() throws Exception {
        String data = dir.resolve("data").toString();
        assertThat(run("--data-dir", data, "import-staff", fixture("bad-values.csv"))).isEqualTo(1);
        assertThat(cli.out()).contains("8 ditolak");
        assertThat(run("--data-dir", data, "import-staff", fixture("password-protected.xlsx"))).isEqualTo(1);
        assertThat(cli.err()).contains("kata sandi");
        assertThat(run("--data-dir", data, "import-staff", fixture("empty.csv"), "--json")).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(cli.out()).path("error").asText()).contains("kosong");
    }
}
