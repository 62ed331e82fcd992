package id.netra.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that knows where Netra keeps its files. Nothing is ever written next to the
 * installed program: an office PC often installs it per user and a clerk has no rights elsewhere.
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "NETRA_DATA_DIR";

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Picks the folder: an explicit {@code --data-dir} wins, then {@code NETRA_DATA_DIR}, then the
     * platform's per-user application-data folder.
     */
    public static DataDirectory resolve(Optional<Path> explicit, Map<String, String> env, String osName, Path home) {
        if (explicit.isPresent()) {
            return new DataDirectory(explicit.get());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataDirectory(Path.of(fromEnv.trim()));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : home.resolve("AppData").resolve("Local");
            return new DataDirectory(base.resolve("Netra"));
        }
        if (os.contains("mac")) {
            return new DataDirectory(home.resolve("Library").resolve("Application Support").resolve("Netra"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataDirectory(base.resolve("netra"));
    }

    public static DataDirectory resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    public Path root() {
        return root;
    }

    /** H2 base name without the {@code .mv.db} suffix, as the JDBC URL wants it. */
    public Path databaseBase() {
        return root.resolve("netra");
    }

    public Path databaseFile() {
        return root.resolve("netra.mv.db");
    }

    public Path lockFile() {
        return root.resolve("netra.lock");
    }

    /** Evidence and scanned sheets live beside the database so a backup can take both. */
    public Path filesDir() {
        return root.resolve("files");
    }

    public Path backupsDir() {
        return root.resolve("backups");
    }

    public Path logsDir() {
        return root.resolve("logs");
    }

    public Path exportsDir() {
        return root.resolve("exports");
    }

    public DataDirectory ensureExists() throws IOException {
        Files.createDirectories(root);
        return this;
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
