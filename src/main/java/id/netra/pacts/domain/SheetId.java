package id.netra.pacts.domain;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Identifies one printed pact sheet: which period, which person, which print batch. It is all the QR
 * code carries: nothing personal, and the database resolves the rest.
 * <p>
 * QR content: {@code NETRA:P:<period>:<staff>:<batch>:<check>}; printed number:
 * {@code <period>-<staff>-<batch>-<check>}. The two-digit check catches a mistyped number or a
 * scanner that dropped a character, so a wrong person is never marked signed.
 */
public record SheetId(long periodId, long staffId, long batchId) {

    public static final String PREFIX = "NETRA:P:";

    public SheetId {
        if (periodId <= 0 || staffId <= 0 || batchId <= 0) {
            throw new IllegalArgumentException("sheet id parts must be positive");
        }
    }

    /** What the QR code holds. */
    public String code() {
        return PREFIX + periodId + ":" + staffId + ":" + batchId + ":" + check();
    }

    /** What is printed beside the QR code, short enough to type by hand. */
    public String sheetNumber() {
        return periodId + "-" + staffId + "-" + batchId + "-" + check();
    }

    String check() {
        CRC32 crc = new CRC32();
        crc.update((periodId + "/" + staffId + "/" + batchId).getBytes(StandardCharsets.US_ASCII));
        return String.format(Locale.ROOT, "%02d", crc.getValue() % 100);
    }

    /** The outcome of reading a scanned or typed code. */
    public sealed interface Parsed permits Valid, Foreign, Damaged {
    }

    public record Valid(SheetId id) implements Parsed {
    }

    /** Not a Netra pact code at all (another barcode, a NIP typed into the wrong field...). */
    public record Foreign(String input) implements Parsed {
    }

    /** Looks like a Netra code but the check digits do not match: misread or mistyped. */
    public record Damaged(String input) implements Parsed {
    }

    /**
     * Reads QR content or a typed sheet number. Tolerant of what keyboard-wedge scanners do: surrounding
     * whitespace, lower case (Caps Lock), and ';' for ':' (scanner set to a different keyboard layout).
     */
    public static Parsed parse(String input) {
        String raw = input == null ? "" : input.strip();
        String text = raw.toUpperCase(Locale.ROOT).replace(';', ':');
        String[] parts;
        if (text.startsWith(PREFIX)) {
            parts = text.substring(PREFIX.length()).split(":", -1);
        } else if (text.matches("\\d+-\\d+-\\d+-\\d{2}")) {
            parts = text.split("-", -1);
        } else if (text.startsWith("NETRA")) {
            return new Damaged(raw);
        } else {
            return new Foreign(raw);
        }
        if (parts.length != 4) {
            return new Damaged(raw);
        }
        try {
            SheetId id = new SheetId(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return id.check().equals(parts[3]) ? new Valid(id) : new Damaged(raw);
        } catch (IllegalArgumentException e) {
            return new Damaged(raw);
        }
    }
}
