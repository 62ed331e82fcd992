package id.netra.safety.domain;

/** One file inside a backup: its path in the archive, size and SHA-256. */
public record BackupPart(String name, long size, String sha256) {
}
