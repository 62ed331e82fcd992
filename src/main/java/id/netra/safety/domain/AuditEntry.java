package id.netra.safety.domain;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One line of the audit log. Images are the row's columns as a JSON object of strings (null when the
 * row did not exist before or after). {@code entryHash} is SHA-256 over the previous entry's hash
 * and this entry's content, so changing or removing any entry breaks every later link.
 */
public record AuditEntry(long seq, OffsetDateTime at, String actor, boolean outsideApp, AuditAction action,
                         String entity, String entityId, String beforeImage, String afterImage,
                         String prevHash, String entryHash) {

    /** The chain's start: the "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    /** The exact text that is hashed; any change to a field changes it. */
    public static String content(long seq, OffsetDateTime at, String actor, boolean outsideApp, AuditAction action,
                                 String entity, String entityId, String beforeImage, String afterImage) {
        // fixed-width instant so the text does not depend on how the driver renders the zone
        return seq + "\u001f" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at) + "\u001f" + actor + "\u001f"
                + outsideApp + "\u001f" + action + "\u001f" + entity + "\u001f" + entityId + "\u001f"
                + nullable(beforeImage) + "\u001f" + nullable(afterImage);
    }

    private static String nullable(String s) {
        return s == null ? "\u2400" : s;
    }

    public static String chainHash(String prevHash, String content) {
        return Sha256.hex(prevHash + "\n" + content);
    }

    /**
     * "26 November 2026 15.03.20" on the PC's own clock, as the viewer shows it (a plain
     * function, so it is tested without a window toolkit).
     */
    public String localTime() {
        return id.netra.i18n.IndonesianDates.formatWithSeconds(
                at.atZoneSameInstant(java.time.ZoneId.systemDefault()).toLocalDateTime());
    }

    /** Recomputes the hash this entry should carry. */
    public String expectedHash() {
        return chainHash(prevHash, content(seq, at, actor, outsideApp, action, entity, entityId, beforeImage, afterImage));
    }
}
