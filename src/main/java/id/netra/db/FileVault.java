package id.netra.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Evidence and scans under {@link DataDirectory#filesDir()}, encrypted at rest when the store is:
 * AES-256-GCM with a key derived (PBKDF2-HMAC-SHA256, 210,000 rounds) from the store password and a
 * salt kept in {@code files/.netra-key}. Capabilities that keep files read and write them through
 * {@link Database#files()} and never need to know whether encryption is on.
 */
public final class FileVault {

    private static final byte[] MAGIC = "NETRAENC1".getBytes(StandardCharsets.US_ASCII);
    private static final String SALT_FILE = ".netra-key";
    private static final int ROUNDS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private FileVault(SecretKeySpec key) {
        this.key = key;
    }

    /** Files stay as they are. */
    public static FileVault plain() {
        return new FileVault(null);
    }

    /** A vault for {@code filesDir}, creating its salt on first use. */
    public static FileVault forPassword(Path filesDir, char[] password) throws IOException {
        Path saltFile = filesDir.resolve(SALT_FILE);
        byte[] salt;
        if (Files.isRegularFile(saltFile)) {
            salt = Files.readAllBytes(saltFile);
        } else {
            salt = new byte[16];
            RANDOM.nextBytes(salt);
            Files.createDirectories(filesDir);
            Files.write(saltFile, salt);
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, ROUNDS, 256);
        try {
            byte[] raw = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new FileVault(new SecretKeySpec(raw, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    public boolean encrypting() {
        return key != null;
    }

    /** True when {@code file} holds vault ciphertext. */
    public static boolean isEncrypted(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        }
    }

    /** The file's content, decrypted when needed; a wrong key fails (GCM checks integrity too). */
    public byte[] read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            return all;
        }
        if (key == null) {
            throw new IOException("encrypted file and no key: " + file);
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, MAGIC.length, 12));
            return c.doFinal(all, MAGIC.length + 12, all.length - MAGIC.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt " + file, e);
        }
    }

    /** Writes {@code content} (encrypted when the vault has a key) via a temporary file. */
    public void write(Path file, byte[] content) throws IOException {
        byte[] out = content;
        if (key != null) {
            try {
                byte[] iv = new byte[12];
                RANDOM.nextBytes(iv);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                byte[] sealed = c.doFinal(content);
                out = ByteBuffer.allocate(MAGIC.length + iv.length + sealed.length).put(MAGIC).put(iv).put(sealed).array();
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot encrypt " + file, e);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, out);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** True for the vault's own bookkeeping file, which conversions and listings skip. */
    public static boolean isVaultFile(Path file) {
        return file.getFileName().toString().equals(SALT_FILE);
    }
}
