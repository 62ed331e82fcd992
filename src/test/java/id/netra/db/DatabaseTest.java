package id.netra.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.i18n.UserMessage;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsAndMigratesAnEmptyStore() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            assertThat(db.schemaVersion()).isNotEqualTo("0");
            assertThat(db.rowCounts()).containsKeys("staff", "sub_unit", "opd_profile", "election_period", "app_setting");
            assertThat(db.rowCounts().get("staff")).isZero();
        }
        assertThat(dir.resolve("netra.mv.db")).exists();
    }

    @Test
    void aSecondCopyOnTheSameFolderIsToldNetraIsRunning() throws Exception {
        DataDirectory d = new DataDirectory(dir);
        try (Database first = Database.open(d)) {
            assertThatThrownBy(() -> Database.open(d))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.kind()).isEqualTo(StoreException.Kind.ALREADY_RUNNING);
                        assertThat(((UserMessage) e).localized()).startsWith("Netra sudah berjalan").contains(dir.toString());
                    });
        }
        // and once the first is closed the folder opens again
        try (Database again = Database.open(d)) {
            assertThat(again.schemaVersion()).isNotBlank();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsCorrupt() throws Exception {
        Files.write(dir.resolve("netra.mv.db"), "this is not an H2 file at all, just text".repeat(200).getBytes());
        assertThatThrownBy(() -> Database.open(new DataDirectory(dir)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(StoreException.Kind.CORRUPT));
        // the failed open released its lock: nothing stays half-open
        assertThat(Files.exists(dir.resolve("netra.lock"))).isTrue();
        try (InstanceLock lock = InstanceLock.acquire(dir.resolve("netra.lock"))) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void aTransactionThatFailsLeavesNothingBehind() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            assertThatThrownBy(() -> db.inTransactionRun(ctx -> {
                ctx.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('a', '1')");
                ctx.execute("INSERT INTO app_setting (setting_key, setting_value) VALUES ('a', '2')");
            })).isInstanceOf(RuntimeException.class);
            assertThat(db.rowCounts().get("app_setting")).isZero();
        }
    }
}
