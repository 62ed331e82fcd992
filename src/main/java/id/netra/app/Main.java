package id.netra.app;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;

import id.netra.cli.Cli;
import id.netra.db.DataDirectory;
import id.netra.i18n.Messages;

/**
 * Entry point. A plain class (not the Application subclass) so the class-path jar and jpackage
 * images start JavaFX without module-path tricks. No arguments, or only {@code --data-dir}, open the
 * window; anything else is a command for the CLI.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Indonesian unless NETRA_LANG=en asks otherwise (maintainers, the odd Sekda staffer)
        Messages.setLocale(Locale.forLanguageTag(Optional.ofNullable(System.getenv("NETRA_LANG")).orElse("id")));
        LaunchOptions options = LaunchOptions.parse(List.of(args));
        if (!asksOnlyForHelpOrVersion(args)) {
            AppLogging.configure(DataDirectory.resolve(options.dataDir()).logsDir());
        }
        if (options.guiOnly()) {
            Application.launch(NetraApp.class, args);
            return;
        }
        System.exit(Cli.run(args));
    }

    /** {@code --help} and {@code --version} must not create a data folder as a side effect. */
    private static boolean asksOnlyForHelpOrVersion(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals("-h") || a.equals("--help") || a.equals("-V")
                || a.equals("--version"));
    }
}
