package id.netra.safety.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.StoreException;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.domain.RestoreOutcome;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.service.RestoreService;

/**
 * {@code netra restore FILE [--yes]}: shows the backup's counts beside the current ones, asks, backs
 * up the current store, then restores. A store too damaged to open is kept aside instead.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "safety.cli.backupFile")
    Path file;

    @Option(names = "--yes", descriptionKey = "safety.cli.restore.yes")
    boolean yes;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        DataDirectory dir = DataDirOption.of(spec);
        Database live = null;
        try {
            live = Database.openForCommand(dir);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.CORRUPT) {
                throw e;
            }
            spec.commandLine().getErr().println(e.localized());
        }
        try {
            BackupManifest m = RestoreService.inspect(file, live);
            Map<String, Integer> current = live == null ? Map.of() : RestoreService.currentCounts(live);
            w.println(Messages.tr("safety.cli.restore.header", file.getFileName(),
                    IndonesianDates.format(m.createdAt().toLocalDate()), m.createdAt().toLocalTime()));
            for (String table : new TreeSet<>(m.counts().keySet())) {
                w.printf("  %-28s %8d  %8s%n", table, m.counts().get(table),
                        current.containsKey(table) ? current.get(table).toString() : "-");
            }
            if (!yes && !confirm(w)) {
                w.println(Messages.tr("safety.cli.restore.cancelled"));
                return 1;
            }
            Database toClose = live;
            RestoreOutcome o = RestoreService.restore(dir, file, live, new BackupSettings(dir), Database.commandPassword(),
                    toClose == null ? null : toClose::close);
            live = null;
            try (Database reopened = Database.openForCommand(dir)) {
                w.println(Messages.tr("safety.cli.restore.done", reopened.rowCounts().values().stream()
                        .mapToInt(Integer::intValue).sum()));
            }
            if (o.safetyBackup() != null) {
                w.println(Messages.tr("safety.cli.restore.safety", o.safetyBackup()));
            }
            if (o.keptAside() != null) {
                w.println(Messages.tr("safety.cli.restore.aside", o.keptAside()));
            }
            return 0;
        } finally {
            if (live != null) {
                live.close();
            }
        }
    }

    private boolean confirm(PrintWriter w) throws java.io.IOException {
        w.print(Messages.tr("safety.cli.restore.ask") + " ");
        w.flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.trim().equalsIgnoreCase("ya") || answer.trim().equalsIgnoreCase("y")
                || answer.trim().equalsIgnoreCase("yes"));
    }
}
