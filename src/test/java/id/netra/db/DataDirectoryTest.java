package id.netra.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private static final Path HOME = Path.of("/home/clerk");

    @Test
    void explicitFolderWinsOverEverything() {
        DataDirectory d = DataDirectory.resolve(Optional.of(Path.of("/data/netra")),
                Map.of("NETRA_DATA_DIR", "/elsewhere"), "Windows 10", HOME);
        assertThat(d.root()).isEqualTo(Path.of("/data/netra"));
    }

    @Test
    void environmentVariableComesNext() {
        DataDirectory d = DataDirectory.resolve(Optional.empty(), Map.of("NETRA_DATA_DIR", "/srv/netra"), "Linux", HOME);
        assertThat(d.root()).isEqualTo(Path.of("/srv/netra"));
    }

    @Test
    void windowsUsesLocalAppData() {
        DataDirectory d = DataDirectory.resolve(Optional.empty(), Map.of("LOCALAPPDATA", "/c/Users/clerk/AppData/Local"),
                "Windows 11", HOME);
        assertThat(d.root()).isEqualTo(Path.of("/c/Users/clerk/AppData/Local/Netra"));
    }

    @Test
    void linuxFollowsXdgAndFallsBackToLocalShare() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME).root())
                .isEqualTo(Path.of("/xdg/netra"));
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Linux", HOME).root())
                .isEqualTo(Path.of("/home/clerk/.local/share/netra"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Optional.empty(), Map.of(), "Mac OS X", HOME).root())
                .isEqualTo(Path.of("/home/clerk/Library/Application Support/Netra"));
    }

    @Test
    void everythingLivesUnderTheRoot() {
        DataDirectory d = new DataDirectory(Path.of("/d"));
        assertThat(d.databaseFile()).isEqualTo(Path.of("/d/netra.mv.db"));
        assertThat(d.filesDir().getParent()).isEqualTo(d.root());
        assertThat(d.backupsDir().getParent()).isEqualTo(d.root());
        assertThat(d.logsDir().getParent()).isEqualTo(d.root());
    }
}
