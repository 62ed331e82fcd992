package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.store.AuditStore;

/**
 * A long write in a child JVM, killed with SIGKILL (destroyForcibly on Linux) in the middle of its
 * one transaction: the store must reopen without any repair step and hold all of it or none of it.
 */
class CrashSafetyTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path root;

    @Test
    void aWriteKilledMidTransactionLeavesAllOrNothingAndTheStoreOpens() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                "id.netra.app.Main", "--data-dir", dir.root().toString(), "bench", "bulk-insert", "--rows",
                String.valueOf(ROWS)));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean killedMidway = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                // several batches are written (and partly flushed to the file) but the transaction is open
                if (line.equals("NETRA_BULK batch 5")) {
                    child.destroyForcibly();
                    killedMidway = true;
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killedMidway).as("child reached the middle of its transaction").isTrue();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL

        try (Database db = Database.open(dir)) {
            // rows actually readable, not a COUNT(*) that H2 may answer from index statistics
            int staff = db.dsl().fetch("SELECT ID FROM STAFF").size();
            assertThat(staff).isIn(0, ROWS);
            assertThat(staff).isZero();
            assertThat(new AuditStore(db).verify().problems()).isEmpty();
        }
    }
}
