package id.netra.findings.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a file really is, read from its first bytes rather than trusted from its name: a renamed
 * executable must not sit in the evidence folder as "foto.jpg". Office formats are containers
 * (ZIP for docx/xlsx/pptx, OLE for doc/xls), so those families are accepted for their extensions.
 */
public enum EvidenceType {
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    GIF("image/gif", Set.of("gif")),
    WEBP("image/webp", Set.of("webp")),
    PDF("application/pdf", Set.of("pdf")),
    MP4("video/mp4", Set.of("mp4", "m4v", "mov", "3gp")),
    OFFICE_ZIP("application/zip", Set.of("docx", "xlsx", "pptx", "odt", "ods")),
    OFFICE_OLE("application/x-ole-storage", Set.of("doc", "xls", "ppt")),
    MP3("audio/mpeg", Set.of("mp3")),
    TEXT("text/plain", Set.of("txt"));

    /** Bytes the sniffer needs to see. */
    public static final int HEAD_BYTES = 16;

    private final String mediaType;
    private final Set<String> extensions;

    EvidenceType(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    public boolean acceptsExtension(String ext) {
        return extensions.contains(ext.toLowerCase(Locale.ROOT));
    }

    public static boolean isKnownExtension(String ext) {
        return Arrays.stream(values()).anyMatch(t -> t.acceptsExtension(ext));
    }

    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The type the content shows, or null when unknown. */
    public static EvidenceType sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return WEBP;
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            return PDF;
        }
        if (head.length >= 8 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            return MP4;
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return OFFICE_ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return OFFICE_OLE;
        }
        if (startsWith(head, 'I', 'D', '3') || startsWith(head, 0xFF, 0xFB)) {
            return MP3;
        }
        if (head.length > 0 && looksLikeText(head)) {
            return TEXT;
        }
        return null;
    }

    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
