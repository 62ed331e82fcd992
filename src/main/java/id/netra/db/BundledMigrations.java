package id.netra.db;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newest migration this build carries, found by listing its own jar or class folder. Lets
 * {@link Database} skip Flyway's class-path scan (most of a second on an office PC) when the store is
 * already up to date: shipped migrations are never edited, so version equality is enough.
 */
final class BundledMigrations {

    private static final String FOLDER = "db/migration/";
    private static final Pattern VERSIONED = Pattern.compile("^V(\\d+)__.+\\.(sql|class)$");

    private BundledMigrations() {
    }

    /** The highest {@code V<n>} among bundled scripts and Java migrations, or empty if unreadable. */
    static Optional<Integer> latest() {
        try {
            Path source = Path.of(BundledMigrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(source) ? fromFolder(source.resolve(FOLDER)) : fromJar(source);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> fromFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> version(p.getFileName().toString())).flatMap(Optional::stream).max(Integer::compare);
        }
    }

    private static Optional<Integer> fromJar(Path jar) throws IOException {
        Optional<Integer> max = Optional.empty();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(FOLDER) && name.indexOf('/', FOLDER.length()) < 0) {
                    Optional<Integer> v = version(name.substring(FOLDER.length()));
                    if (v.isPresent() && (max.isEmpty() || v.get() > max.get())) {
                        max = v;
                    }
                }
            }
        }
        return max;
    }

    static Optional<Integer> version(String fileName) {
        Matcher m = VERSIONED.matcher(fileName);
        return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
}
