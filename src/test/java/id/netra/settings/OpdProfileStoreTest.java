package id.netra.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.store.AppSettingsStore;
import id.netra.settings.store.OpdProfileStore;

class OpdProfileStoreTest {

    @TempDir
    Path dir;

    @Test
    void aSavedProfileComesBackAfterReopeningTheFile() throws Exception {
        byte[] emblem = Files.readAllBytes(Path.of("samples/emblem-sukamaju.png"));
        OpdProfile saved = OpdProfileRulesTest.valid().withEmblem(emblem, "png");
        try (Database db = Database.open(new DataDirectory(dir))) {
            assertThat(new OpdProfileStore(db).load()).isEmpty();
            new OpdProfileStore(db).save(saved);
        }
        try (Database db = Database.open(new DataDirectory(dir))) {
            OpdProfile loaded = new OpdProfileStore(db).load().orElseThrow();
            // the NIP is stored as its 18 digits; the grouping is for printing only
            assertThat(loaded.headNip()).isEqualTo("197103151996031002");
            assertThat(loaded.emblem()).isEqualTo(emblem);
            assertThat(loaded.paperSize()).isEqualTo(saved.paperSize());
            assertThat(loaded.headName()).isEqualTo("Dr. H. Ahmad Fauzi, S.Pd., M.Si.");
        }
    }

    @Test
    void savingTwiceKeepsOneRow() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            OpdProfileStore store = new OpdProfileStore(db);
            store.save(OpdProfileRulesTest.valid());
            store.save(OpdProfileRulesTest.valid());
            assertThat(db.rowCounts().get("opd_profile")).isEqualTo(1);
        }
    }

    @Test
    void settingsAreUpserted() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            AppSettingsStore settings = new AppSettingsStore(db);
            settings.put("import.mapping", "a");
            settings.put("import.mapping", "b");
            assertThat(settings.get("import.mapping")).contains("b");
            settings.remove("import.mapping");
            assertThat(settings.get("import.mapping")).isEmpty();
        }
    }
}
