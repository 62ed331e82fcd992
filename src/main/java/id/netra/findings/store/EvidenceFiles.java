package id.netra.findings.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import id.netra.db.FileVault;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.EvidenceType;

/** Copying into the files folder while hashing, and re-hashing later: the byte work of evidence. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** SHA-256 of the file's content as taken in: decrypted first when the store encrypts its files. */
    static String hash(FileVault vault, Path file) throws IOException {
        if (FileVault.isEncrypted(file)) {
            return HexFormat.of().formatHex(sha256().digest(vault.read(file)));
        }
        return hash(file);
    }

    /**
     * Copies {@code source} into the files folder, encrypted when the vault has a key, and returns
     * the SHA-256 of the original bytes (what the clerk took in, whatever is on disk).
     */
    static String copyHashing(FileVault vault, Path source, Path target) throws IOException {
        if (!vault.encrypting()) {
            return copyHashing(source, target);
        }
        // the vault seals whole files; evidence is capped well below the heap (EvidencePolicy)
        byte[] content = Files.readAllBytes(source);
        vault.write(target, content);
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    /**
     * Takes {@code source} in as {@code target} and records it with {@code row} (given the SHA-256),
     * all or nothing: when the row cannot be written the copy is removed again, so no orphan file
     * lingers in the files folder.
     */
    static <T> T takeIn(FileVault vault, Path source, Path target, java.util.function.Function<String, T> row) {
        String sha;
        try {
            sha = copyHashing(vault, source, target);
        } catch (IOException e) {
            throw FindingsInputException.of("findings.evidence.error.write", target.toString());
        }
        try {
            return row.apply(sha);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * A copy the system viewer can open: the stored file itself, or a decrypted copy in a private
     * temporary folder when the store encrypts its files.
     */
    static Path readable(FileVault vault, Path stored, String originalName) throws IOException {
        if (!FileVault.isEncrypted(stored)) {
            return stored;
        }
        Path dir = Files.createTempDirectory("netra-bukti");
        dir.toFile().deleteOnExit();
        Path copy = dir.resolve(originalName.replaceAll("[\\\\/:*?\"<>|]+", "_"));
        Files.write(copy, vault.read(stored));
        copy.toFile().deleteOnExit();
        return copy;
    }

    static String hash(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The intake check shared by case evidence and activity attachments: the file exists and is
     * readable, within the size limit, and its content is what its name says. Throws the clerk's
     * sentence otherwise; nothing has been copied yet.
     */
    static Intake checkIntake(Path source, String name) {
        long size;
        byte[] head;
        try {
            size = Files.size(source);
            head = head(source, EvidenceType.HEAD_BYTES);
        } catch (java.nio.file.NoSuchFileException e) {
            throw FindingsInputException.of("findings.evidence.error.notFound", source.toString());
        } catch (IOException e) {
            throw FindingsInputException.of("findings.evidence.error.read", source.toString());
        }
        EvidencePolicy.Result check = EvidencePolicy.check(name, size, head);
        FindingsInputException.throwIfAny(check.problems());
        return new Intake(check, size);
    }

    /** What the intake check learnt: the verdict (with the type read from the content) and the size. */
    record Intake(EvidencePolicy.Result check, long size) {
    }

    static byte[] head(Path file, int n) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /**
     * Copies {@code source} to {@code target} through a temporary file in the same folder, returning
     * the SHA-256 of the bytes actually written; a half-copied file never carries the final name.
     */
    static String copyHashing(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".intake-", ".part");
        try {
            MessageDigest md = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), md);
                    OutputStream out = Files.newOutputStream(tmp)) {
                in.transferTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(md.digest());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
