package id.netra.bench;

import picocli.CommandLine.Command;

/** {@code netra bench SUBCOMMAND}: the project's benchmarks, figures printed to stdout. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {StartupBench.class, StaffImportBench.class, PactsBench.class, ReportBench.class,
                BulkInsertBench.class})
public final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
