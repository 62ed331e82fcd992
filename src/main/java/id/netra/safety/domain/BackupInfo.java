package id.netra.safety.domain;

import java.nio.file.Path;

/** A backup file in the folder; {@code manifest} is null when the file cannot be read as a backup. */
public record BackupInfo(Path file, long size, BackupManifest manifest) {

    public boolean readable() {
        return manifest != null;
    }
}
