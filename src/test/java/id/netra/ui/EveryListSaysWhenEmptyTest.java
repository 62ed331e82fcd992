package id.netra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A table or list without a placeholder shows JavaFX's English "No content in table": every file
 * that makes one sets at least as many placeholders as it makes tables and lists.
 */
class EveryListSaysWhenEmptyTest {

    private static final Pattern MADE = Pattern.compile("new (TableView|ListView|TreeTableView)<");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\.setPlaceholder\\(");

    @Test
    void everyTableAndListHasAPlaceholder() throws IOException {
        List<String> without = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                String code = Files.readString(f);
                int made = count(MADE.matcher(code));
                int placeholders = count(PLACEHOLDER.matcher(code));
                if (placeholders < made) {
                    without.add(f.getFileName() + ": " + made + " made, " + placeholders + " placeholders");
                }
            }
        }
        assertThat(without).isEmpty();
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
