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
 * A write in a child JVM killed with SIGKILL (destroyForcibly on Linux): the store must reopen without
 * any repair step, hold a killed transaction's work all or none, and keep what was committed.
 */
class CrashSafetyTest {

    @TempDir
    Path root;

    @Test
    void aWriteKilledMidTransactionLeavesAllOrNothingAndTheStoreOpens() throws Exception {
        int rows = 200_000;
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        // several batches are written (and partly stored in the file) but the transaction is open
        killChildAt(dir, "NETRA_BULK batch 5", "--rows", String.valueOf(rows));

        try (Database db = Database.open(dir)) {
            // rows actually readable, not a COUNT(*) that H2 may answer from index statistics
            int staff = db.dsl().fetch("SELECT ID FROM STAFF").size();
            assertThat(staff).isIn(0, rows);
            assertThat(staff).isZero();
            assertThat(new AuditStore(db).verify().problems()).isEmpty();
        }
    }

    @Test
    void aSaveIsOnDiskOnceCommitted() throws Exception {
        DataDirectory dir = new DataDirectory(root.resolve("data"));
        // killed the moment the commit returns, long before any delayed write would have run
        killChildAt(dir, "NETRA_BULK committed rows=50", "--rows", "50", "--hold-after-commit");

        try (Database db = Database.open(dir)) {
            assertThat(db.dsl().fetch("SELECT ID FROM STAFF").size()).isEqualTo(50);
            assertThat(new AuditStore(db).verify().problems()).isEmpty();
        }
    }

    private static void killChildAt(DataDirectory dir, String linePrefix, String... benchArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                "id.netra.app.Main", "--data-dir", dir.root().toString(), "bench", "bulk-insert"));
        cmd.addAll(List.of(benchArgs));
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        boolean killed = false;
        StringBuilder seen = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(linePrefix)) {
                    child.destroyForcibly();
                    killed = true;
                    break;
                }
                seen.append(line).append('\n');
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("child printed %s; it said:%n%s", linePrefix, seen).isTrue();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL
    }
}
