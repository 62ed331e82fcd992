package id.netra.safety.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.safety.domain.BackupOutcome;
import id.netra.safety.domain.BackupReason;
import id.netra.safety.service.BackupService;
import id.netra.safety.service.BackupSettings;
import id.netra.safety.store.AuditStore;

/** {@code netra backup [--out FILE]}: one backup file; into the backup folder (with rotation) unless --out. */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "safety.cli.backup.out")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        try (Database db = Database.openForCommand(DataDirOption.of(spec))) {
            BackupService service = new BackupService(db, new BackupSettings(db.directory()), new AuditStore(db),
                    Clock.systemDefaultZone());
            BackupOutcome o = out != null ? service.backupTo(out.toAbsolutePath(), BackupReason.MANUAL)
                    : service.backupNow(BackupReason.MANUAL);
            w.println(Messages.tr("safety.cli.backup.done", o.file(), o.manifest().totalRows(), o.millis()));
            if (o.warningKey() != null) {
                spec.commandLine().getErr().println(Messages.tr(o.warningKey()));
            }
            for (Path d : o.deleted()) {
                w.println(Messages.tr("safety.cli.backup.rotated", d.getFileName()));
            }
        }
        return 0;
    }
}
