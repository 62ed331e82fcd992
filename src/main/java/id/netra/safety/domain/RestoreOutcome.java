package id.netra.safety.domain;

import java.nio.file.Path;

/**
 * A finished restore. {@code safetyBackup} is the backup of the store that was replaced (null when it
 * could not be read, e.g. a damaged store); {@code keptAside} is the folder holding the replaced
 * files when no such backup exists, so nothing is ever thrown away.
 */
public record RestoreOutcome(Path restoredFrom, BackupManifest manifest, Path safetyBackup, Path keptAside) {
}
