package id.netra.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The few options the window understands; everything else belongs to the CLI. */
record LaunchOptions(Optional<Path> dataDir, boolean guiOnly) {

    static LaunchOptions parse(List<String> args) {
        Optional<Path> dir = Optional.empty();
        boolean onlyGuiOptions = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dir = Optional.of(Path.of(args.get(++i)));
            } else if (a.startsWith("--data-dir=")) {
                dir = Optional.of(Path.of(a.substring("--data-dir=".length())));
            } else {
                onlyGuiOptions = false;
            }
        }
        return new LaunchOptions(dir, onlyGuiOptions);
    }
}
