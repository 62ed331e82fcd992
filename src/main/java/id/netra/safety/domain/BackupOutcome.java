package id.netra.safety.domain;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup just written. {@code rotationSkipped} says older backups were kept because something was
 * wrong (the audit check failed, or the new backup did not verify): never trade good backups for
 * doubtful ones. {@code deleted} lists what rotation removed.
 */
public record BackupOutcome(Path file, BackupManifest manifest, long millis, boolean rotationSkipped,
                            String warningKey, List<Path> deleted) {

    public BackupOutcome {
        deleted = List.copyOf(deleted);
    }
}
