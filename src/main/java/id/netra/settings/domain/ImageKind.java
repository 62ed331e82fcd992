package id.netra.settings.domain;

import java.util.Optional;

/** Recognises an image by its first bytes, so a renamed file is not taken for what it is not. */
public final class ImageKind {

    private ImageKind() {
    }

    /** "png" or "jpeg", or empty when the bytes are neither. */
    public static Optional<String> sniff(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return Optional.empty();
        }
        if ((bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return Optional.of("png");
        }
        if ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of("jpeg");
        }
        return Optional.empty();
    }
}
