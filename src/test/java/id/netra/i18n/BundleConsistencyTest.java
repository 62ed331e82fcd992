package id.netra.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every key exists in both languages, and every key the code names exists at all. */
class BundleConsistencyTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z0-9_.-]+)\\s*=");

    private static final Pattern FILE_NAME =
            Pattern.compile("\\.(lock|db|csv|xlsx|xls|pdf|png|jpe?g|json|log|txt|properties|java|sql|zip)$");

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> id = load("messages_id.properties").stringPropertyNames();
        Set<String> en = load("messages_en.properties").stringPropertyNames();
        assertThat(new TreeSet<>(en)).as("keys only in Indonesian are missing in English").containsAll(id);
        assertThat(new TreeSet<>(id)).as("keys only in English are missing in Indonesian").containsAll(en);
    }

    /** Properties keeps the last of two equal keys without a word: an edit to the first would do nothing. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String file : new String[] {"messages_id.properties", "messages_en.properties"}) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/id/netra/i18n", file))) {
                Matcher m = KEY_LINE.matcher(line);
                if (m.find() && !seen.add(m.group(1))) {
                    twice.add(m.group(1));
                }
            }
            assertThat(twice).as(file).isEmpty();
        }
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String file : new String[] {"messages_id.properties", "messages_en.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key)).as(file + " " + key).isNotBlank();
            }
        }
    }

    /**
     * String literals in the code that look like bundle keys of a known family must exist, whole or
     * as the stem the code completes ("home.period.voting" + ".ahead").
     */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Properties bundle = load("messages_id.properties");
        Set<String> families = new TreeSet<>();
        for (String k : bundle.stringPropertyNames()) {
            families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')));
        }
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    String family = key.substring(0, key.indexOf('.'));
                    if (!families.contains(family) || FILE_NAME.matcher(key).find()) {
                        continue;
                    }
                    boolean known = bundle.containsKey(key)
                            || bundle.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                    if (!known) {
                        missing.add(key + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/id/netra/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
