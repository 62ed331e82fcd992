package id.netra.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.bench.BenchCommand;
import id.netra.db.DataDirectory;
import id.netra.pacts.cli.PrintPactsCommand;
import id.netra.reports.cli.ReportCommand;
import id.netra.safety.cli.BackupCommand;
import id.netra.safety.cli.RestoreCommand;
import id.netra.safety.cli.VerifyAuditCommand;
import id.netra.safety.cli.VerifyBackupCommand;
import id.netra.staff.cli.ImportStaffCommand;

/** {@code netra [--data-dir DIR] COMMAND}: the scripted face of the program. */
@Command(name = "netra", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        subcommands = {InfoCommand.class, LoadSamplesCommand.class, ImportStaffCommand.class, PrintPactsCommand.class,
                FindingsCommand.class, ReportCommand.class,
                BackupCommand.class, RestoreCommand.class, VerifyBackupCommand.class, VerifyAuditCommand.class,
                BenchCommand.class})
public final class NetraCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.dataDir")
    Path dataDir;

    public DataDirectory dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }
}
