package id.netra.pacts.domain;

import java.time.OffsetDateTime;

/**
 * A scan of a signed sheet kept in the data folder.
 *
 * @param relativePath path under the data folder's {@code files/}, with '/' separators
 * @param sha256       hex digest of the stored bytes, to prove later that the file was not changed
 */
public record ScanAttachment(String relativePath, String sha256, String mediaType, OffsetDateTime attachedAt) {
}
