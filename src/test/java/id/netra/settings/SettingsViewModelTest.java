package id.netra.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.settings.domain.ProfileField;
import id.netra.settings.store.OpdProfileStore;
import id.netra.settings.ui.SettingsViewModel;
import id.netra.ui.ImmediateTaskRunner;

class SettingsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void refusesToSaveAnIncompleteProfileAndSaysWhy() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            SettingsViewModel vm = new SettingsViewModel(new OpdProfileStore(db), new ImmediateTaskRunner());
            vm.load();
            vm.field(ProfileField.OPD_NAME).set("DINAS PENDIDIKAN");
            assertThat(vm.save()).isFalse();
            assertThat(vm.messageProperty().get()).contains("perbaiki");
            assertThat(vm.problemFor(ProfileField.CITY)).contains("Wajib diisi.");
            assertThat(new OpdProfileStore(db).load()).isEmpty();
        }
    }

    @Test
    void savesACompleteProfile() throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            SettingsViewModel vm = new SettingsViewModel(new OpdProfileStore(db), new ImmediateTaskRunner());
            vm.load();
            vm.field(ProfileField.OPD_NAME).set("DINAS KESEHATAN");
            vm.field(ProfileField.GOVERNMENT_NAME).set("PEMERINTAH KOTA MALANG");
            vm.field(ProfileField.ADDRESS).set("Jl. Simpang Majapahit 1");
            vm.field(ProfileField.CITY).set("Malang");
            vm.field(ProfileField.HEAD_NAME).set("dr. Siti Aminah, M.Kes.");
            vm.field(ProfileField.HEAD_POSITION).set("Kepala Dinas Kesehatan");
            assertThat(vm.dirtyProperty().get()).isTrue();
            assertThat(vm.save()).isTrue();
            assertThat(vm.dirtyProperty().get()).isFalse();
            assertThat(new OpdProfileStore(db).load().orElseThrow().city()).isEqualTo("Malang");
        }
    }

    @Test
    void acceptsOnlyRealImagesAsEmblem(@TempDir Path files) throws Exception {
        try (Database db = Database.open(new DataDirectory(dir))) {
            SettingsViewModel vm = new SettingsViewModel(new OpdProfileStore(db), new ImmediateTaskRunner());
            Path fake = files.resolve("lambang.png");
            Files.writeString(fake, "not really a png");
            vm.chooseEmblem(fake);
            assertThat(vm.emblemProperty().get()).isNull();
            assertThat(vm.messageProperty().get()).contains("lambang.png").contains("bukan gambar");

            vm.chooseEmblem(Path.of("samples/emblem-sukamaju.png"));
            assertThat(vm.emblemProperty().get()).isNotEmpty();
            assertThat(vm.messageProperty().get()).isEmpty();
        }
    }
}
