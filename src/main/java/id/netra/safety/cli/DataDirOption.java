package id.netra.safety.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import id.netra.db.DataDirectory;

/** The root command's {@code --data-dir}, read through picocli so this package needs no id.netra.cli import (no cycle). */
final class DataDirOption {

    private DataDirOption() {
    }

    static DataDirectory of(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        OptionSpec option = root.findOption("--data-dir");
        Path dir = option == null ? null : option.getValue();
        return DataDirectory.resolve(Optional.ofNullable(dir));
    }
}
