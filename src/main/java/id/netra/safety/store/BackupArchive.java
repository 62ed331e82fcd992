package id.netra.safety.store;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import id.netra.db.Database;
import id.netra.safety.domain.BackupException;
import id.netra.safety.domain.BackupException.Kind;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.BackupPart;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.domain.Sha256;

/**
 * One backup = one zip: manifest.json, netra.sql (H2's SCRIPT of the whole store, a consistent
 * snapshot) and files/ (evidence and scans). SCRIPT rather than a file copy because producing it
 * reads every row - a store that cannot be read completely fails here instead of yielding a backup
 * that only looks good - and because the text replays on any later H2 version.
 */
public final class BackupArchive {

    private BackupArchive() {
    }

    /** Writes a backup of {@code db} to {@code target} (via a temporary name, moved into place when complete). */
    public static BackupManifest write(Database db, Path target, BackupReason reason, String appVersion)
            throws BackupException {
        Path work = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            work = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".netra-backup-");
            Path script = work.resolve(BackupManifest.SCRIPT_NAME);
            TableDigests.Result digests;
            long auditHead;
            try {
                Object[] out = snapshot(db, script);
                digests = (TableDigests.Result) out[0];
                auditHead = (Long) out[1];
            } catch (RuntimeException e) {
                throw new BackupException(Kind.LIVE_STORE_DAMAGED, db.directory().databaseFile().toString(), e);
            }
            List<BackupPart> parts = new ArrayList<>();
            parts.add(new BackupPart(BackupManifest.SCRIPT_NAME, Files.size(script), Sha256.hex(script)));
            List<Path> files = evidenceFiles(db.directory().filesDir());
            for (Path f : files) {
                parts.add(new BackupPart(BackupManifest.FILES_PREFIX + relative(db.directory().filesDir(), f),
                        Files.size(f), Sha256.hex(f)));
            }
            BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT,
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), appVersion, db.schemaVersion(), reason,
                    db.isEncrypted(), auditHead, digests.counts(), digests.digests(), parts);
            Path partial = work.resolve("backup.zip");
            try (OutputStream raw = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(raw)) {
                zip.putNextEntry(new ZipEntry(BackupManifest.FILE_NAME));
                zip.write(ManifestJson.write(manifest));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(BackupManifest.SCRIPT_NAME));
                Files.copy(script, zip);
                zip.closeEntry();
                for (Path f : files) {
                    zip.putNextEntry(new ZipEntry(BackupManifest.FILES_PREFIX + relative(db.directory().filesDir(), f)));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            try (var ch = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            move(partial, target);
            return manifest;
        } catch (IOException e) {
            throw new BackupException(Kind.IO, target.toString(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Digests and SCRIPT in one REPEATABLE READ transaction: they describe the same instant. */
    private static Object[] snapshot(Database db, Path script) {
        return db.dsl().connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                TableDigests.Result digests = TableDigests.of(c);
                long head;
                try (Statement st = c.createStatement()) {
                    var rs = st.executeQuery("SELECT LAST_SEQ FROM AUDIT_HEAD WHERE ID = 1");
                    head = rs.next() ? rs.getLong(1) : 0L;
                    st.execute("SCRIPT TO " + literal(script.toString()) + cipher(db.filePassword()));
                }
                c.commit();
                return new Object[] {digests, head};
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(auto);
            }
        });
    }

    /**
     * Checks the archive against its manifest: every part present, sizes and SHA-256 equal, nothing
     * from a newer schema. Does not replay the script (see {@link #replay}).
     */
    public static BackupManifest verify(Path backup, String currentSchema) throws BackupException {
        try {
            if (!Files.isRegularFile(backup)) {
                throw new BackupException(Kind.IO, backup.toString());
            }
            if (Files.size(backup) == 0) {
                throw new BackupException(Kind.EMPTY, backup.toString());
            }
        } catch (IOException e) {
            throw new BackupException(Kind.IO, backup.toString(), e);
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry me = zip.getEntry(BackupManifest.FILE_NAME);
            if (me == null) {
                throw new BackupException(Kind.NOT_A_BACKUP, backup.toString());
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(me)) {
                manifest = ManifestJson.read(in.readAllBytes());
            } catch (RuntimeException e) {
                throw new BackupException(Kind.NOT_A_BACKUP, backup.toString(), e);
            }
            if (currentSchema != null && compareVersions(manifest.schemaVersion(), currentSchema) > 0) {
                throw new BackupException(Kind.NEWER_SCHEMA, backup.toString());
            }
            if (manifest.parts().stream().noneMatch(p -> p.name().equals(BackupManifest.SCRIPT_NAME))) {
                throw new BackupException(Kind.NOT_A_BACKUP, backup.toString());
            }
            for (BackupPart part : manifest.parts()) {
                ZipEntry e = zip.getEntry(part.name());
                if (e == null) {
                    throw new BackupException(Kind.PART_MISSING, backup + " / " + part.name());
                }
                MessageDigest md = Sha256.digest();
                long size = 0;
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        md.update(buffer, 0, n);
                        size += n;
                    }
                }
                if (size != part.size() || !HexFormat.of().formatHex(md.digest()).equals(part.sha256())) {
                    throw new BackupException(Kind.PART_DAMAGED, backup + " / " + part.name());
                }
            }
            return manifest;
        } catch (ZipException | EOFException e) {
            throw new BackupException(Kind.NOT_A_BACKUP, backup.toString(), e);
        } catch (IOException e) {
            // a truncated archive often fails while reading an entry rather than at open
            throw new BackupException(Kind.NOT_A_BACKUP, backup.toString(), e);
        }
    }

    /** Reads only the manifest (for lists); null when the file is not a readable backup. */
    public static BackupManifest peek(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry me = zip.getEntry(BackupManifest.FILE_NAME);
            if (me == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(me)) {
                return ManifestJson.read(in.readAllBytes());
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Unpacks a verified backup into {@code work} and replays the script into a fresh store there
     * ({@code work/netra.mv.db}) with auditing quiet; fails unless every table's digest matches the
     * manifest. Returns the replayed copy's folder, ready to be moved into place.
     */
    public static Path replay(Path backup, BackupManifest manifest, Path work, char[] filePassword)
            throws BackupException {
        try {
            Files.createDirectories(work);
            try (ZipFile zip = new ZipFile(backup.toFile())) {
                for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory() || e.getName().equals(BackupManifest.FILE_NAME)) {
                        continue;
                    }
                    Path out = work.resolve(e.getName()).normalize();
                    if (!out.startsWith(work)) {
                        throw new BackupException(Kind.NOT_A_BACKUP, backup.toString());
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path script = work.resolve(BackupManifest.SCRIPT_NAME);
            String url = Database.url(work.resolve("netra"), filePassword != null);
            try (Connection c = DriverManager.getConnection(url, "sa", Database.password(filePassword));
                 Statement st = c.createStatement()) {
                st.execute("SET @" + AuditWriter.QUIET_VARIABLE + " = TRUE");
                st.execute("RUNSCRIPT FROM " + literal(script.toString()) + cipher(filePassword));
                TableDigests.Result now = TableDigests.of(c);
                if (!now.digests().equals(manifest.tableDigests())) {
                    throw new BackupException(Kind.CONTENT_MISMATCH, backup.toString());
                }
            } catch (SQLException e) {
                throw new BackupException(Kind.NOT_A_BACKUP, backup.toString(), e);
            }
            Files.delete(script);
            return work;
        } catch (IOException e) {
            throw new BackupException(Kind.IO, backup.toString(), e);
        }
    }

    /** Digests recomputed from a replayed copy, for tests and the deep check. */
    public static Map<String, String> digestsOf(Database db) {
        return db.dsl().connectionResult(c -> TableDigests.of(c).digests());
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0;
            long q = i < y.length ? parse(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An encrypted store's backup script is encrypted with the same password: no plain copy on a USB stick. */
    private static String cipher(char[] password) {
        return password == null ? "" : " CIPHER AES PASSWORD " + literal(new String(password));
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static List<Path> evidenceFiles(Path filesDir) throws IOException {
        if (!Files.isDirectory(filesDir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(filesDir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String relative(Path base, Path f) {
        return base.relativize(f).toString().replace('\\', '/');
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // a USB stick on another file system: copy then rename next to the target
            Path tmp = to.resolveSibling(to.getFileName() + ".part");
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(from);
        }
    }

    /** Deletes a folder and everything under it; quiet when it is not there. */
    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // leftovers in a temp folder are harmless; the backup itself is what matters
        }
    }
}
