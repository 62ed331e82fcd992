package id.netra.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logs go to a rotating file under the user's folder, never to the console: the CLI's output is
 * for scripts and must hold only what a command prints.
 */
final class AppLogging {

    private AppLogging() {
    }

    static void configure(Path dir) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(dir);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            Handler file = new FileHandler(dir.resolve("netra.%g.log").toString(), 1_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // no log file is no reason to refuse to start
        }
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("org.jooq").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
    }
}
