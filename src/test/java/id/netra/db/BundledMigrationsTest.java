package id.netra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledMigrationsTest {

    @Test
    void readsTheVersionFromFlywayFileNames() {
        assertThat(BundledMigrations.version("V12__findings.sql")).contains(12);
        assertThat(BundledMigrations.version("V6__AuditTriggers.class")).contains(6);
        assertThat(BundledMigrations.version("R__views.sql")).isEmpty();
        assertThat(BundledMigrations.version("notes.txt")).isEmpty();
    }

    @Test
    void latestIsTheHighestScriptInTheSourceTree() throws IOException {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = files.map(p -> BundledMigrations.version(p.getFileName().toString()))
                    .flatMap(Optional::stream).max(Integer::compare).orElseThrow();
        }
        assertThat(BundledMigrations.latest()).contains(highest);
    }

    @Test
    void anUpToDateStoreReopensAtTheSameVersion(@TempDir Path dir) throws Exception {
        String first;
        try (Database db = Database.open(new DataDirectory(dir))) {
            first = db.schemaVersion();
        }
        try (Database db = Database.open(new DataDirectory(dir))) {
            assertThat(db.schemaVersion()).isEqualTo(first).isEqualTo(String.valueOf(BundledMigrations.latest().orElseThrow()));
        }
    }
}
