package id.netra.safety.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import id.netra.db.DataDirectory;

/**
 * Where backups go and how many are kept. Kept in a small file in the data folder, not in the store:
 * when the store is damaged, this is exactly what is needed to find the backups to restore from.
 */
public final class BackupSettings {

    public static final int DEFAULT_KEEP = 14;
    private static final String FILE = "backup.properties";

    private final DataDirectory dir;

    public BackupSettings(DataDirectory dir) {
        this.dir = dir;
    }

    public Path folder() {
        String f = load().getProperty("folder");
        return f == null || f.isBlank() ? dir.backupsDir() : Path.of(f);
    }

    public int keep() {
        try {
            return Math.max(1, Integer.parseInt(load().getProperty("keep", String.valueOf(DEFAULT_KEEP)).trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    public void save(Path folder, int keep) throws IOException {
        Properties p = load();
        p.setProperty("folder", folder.toAbsolutePath().toString());
        p.setProperty("keep", String.valueOf(Math.max(1, keep)));
        Files.createDirectories(dir.root());
        Path tmp = dir.root().resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Netra backups");
        }
        Files.move(tmp, dir.root().resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Properties load() {
        Properties p = new Properties();
        Path f = dir.root().resolve(FILE);
        if (Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException e) {
                // unreadable settings fall back to the defaults
            }
        }
        return p;
    }
}
