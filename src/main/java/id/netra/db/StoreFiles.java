package id.netra.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the store file is, read from its first bytes without opening it. */
public final class StoreFiles {

    /** H2's FileEncrypt writes this at the start of an AES-encrypted file. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private StoreFiles() {
    }

    /** True when {@code file} exists and starts like an H2 AES-encrypted file. */
    public static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }
}
