package id.netra.findings.domain;

import java.time.OffsetDateTime;

/**
 * A file attached to a case. {@code storedPath} is relative to the data folder's files directory so
 * the folder can move (restore on another PC); {@code sha256} was computed at intake.
 */
public record Evidence(long id, long caseId, String originalName, String storedPath, EvidenceType type,
        long sizeBytes, String sha256, String description, OffsetDateTime addedAt, String addedBy) {
}
