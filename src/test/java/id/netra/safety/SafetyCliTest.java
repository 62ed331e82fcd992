package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.cli.CliRunner;
import id.netra.db.DataDirectory;

class SafetyCliTest {

    @TempDir
    Path root;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void backupVerifyRestoreAndVerifyAuditFromTheCommandLine() throws Exception {
        String dir = root.resolve("data").toString();
        Path file = root.resolve("cadangan.zip");
        assertThat(run("--data-dir", dir, "load-samples")).isZero();
        assertThat(run("--data-dir", dir, "backup", "--out", file.toString())).isZero();
        assertThat(cli.out()).startsWith("Cadangan dibuat: " + file);
        assertThat(run("verify-backup", file.toString())).isZero();
        assertThat(cli.out()).contains("baik").contains("cocok");
        assertThat(run("--data-dir", dir, "verify-audit")).isZero();
        assertThat(cli.out()).startsWith("Jejak audit utuh");

        assertThat(run("--data-dir", dir, "backup")).isZero();
        assertThat(new DataDirectory(root.resolve("data")).backupsDir()).isDirectoryContaining("glob:**/netra-cadangan-*.zip");

        assertThat(run("--data-dir", dir, "restore", file.toString(), "--yes")).isZero();
        assertThat(cli.out()).contains("staff").contains("Pemulihan selesai").contains("disimpan sebagai cadangan");

        byte[] bytes = Files.readAllBytes(file);
        Path cut = root.resolve("terpotong.zip");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 100));
        assertThat(run("verify-backup", cut.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("terpotong").doesNotContain("Exception");
        assertThat(run("--data-dir", dir, "restore", cut.toString(), "--yes")).isEqualTo(1);
    }

    @Test
    void aDamagedStoreIsRestoredFromTheCommandLine() throws Exception {
        String dir = root.resolve("data").toString();
        Path file = root.resolve("cadangan.zip");
        assertThat(run("--data-dir", dir, "load-samples")).isZero();
        assertThat(run("--data-dir", dir, "backup", "--out", file.toString())).isZero();
        Path store = new DataDirectory(root.resolve("data")).databaseFile();
        byte[] garbage = new byte[(int) Files.size(store)];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(store, garbage);

        assertThat(run("--data-dir", dir, "restore", file.toString(), "--yes")).isZero();
        assertThat(cli.out()).contains("Pemulihan selesai");
        assertThat(run("--data-dir", dir, "info")).isZero();
        assertThat(cli.out()).containsPattern("staff\\s+300");
    }

    @Test
    void verifyAuditFailsAndNamesAStaffRowChangedOutsideTheApp() throws Exception {
        String dir = root.resolve("data").toString();
        assertThat(run("--data-dir", dir, "load-samples")).isZero();
        try (Connection c = TestStores.outsideConnection(new DataDirectory(root.resolve("data")));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE STAFF SET NAME = 'Nama Palsu' WHERE ID = (SELECT MIN(ID) FROM STAFF)");
        }
        assertThat(run("--data-dir", dir, "verify-audit")).isEqualTo(1);
        assertThat(cli.err()).startsWith("Jejak audit TIDAK utuh").contains("staff").contains("di luar aplikasi");
    }
}
