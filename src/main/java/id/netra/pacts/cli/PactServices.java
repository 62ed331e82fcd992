package id.netra.pacts.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.pacts.service.PactService;

/** Wiring for the pact commands; they run without the desktop's composition root. */
final class PactServices {

    private PactServices() {
    }

    /**
     * The data folder from the root command's inherited {@code --data-dir}, read through picocli's
     * model so this package does not import the root command (that would be a package cycle).
     */
    static DataDirectory dataDirectory(CommandSpec spec) {
        OptionSpec option = spec.root().findOption("--data-dir");
        Path path = option == null ? null : option.getValue();
        return DataDirectory.resolve(Optional.ofNullable(path));
    }

    static PactService pactService(Database db) {
        return PactService.open(db);
    }
}
