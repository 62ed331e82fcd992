package id.netra.findings.domain;

/** A photo, attendance scan or report attached to an activity; same intake rules and hash as evidence. */
public record ActivityAttachment(long id, long activityId, String originalName, String storedPath, EvidenceType type,
        long sizeBytes, String sha256) {
}
