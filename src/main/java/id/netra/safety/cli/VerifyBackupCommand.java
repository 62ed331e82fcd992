package id.netra.safety.cli;

import id.netra.db.Database;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.safety.domain.BackupManifest;
import id.netra.safety.store.BackupArchive;

/**
 * {@code netra verify-backup FILE}: checks the manifest and every part's hash, then replays the
 * script into a scratch store and compares every table's digest. Needs no data folder.
 */
@Command(name = "verify-backup", mixinStandardHelpOptions = true)
public final class VerifyBackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "safety.cli.backupFile")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        BackupManifest m = BackupArchive.verify(file, null);
        Path work = Files.createTempDirectory("netra-verify-");
        try {
            BackupArchive.replay(file, m, work, m.encrypted() ? Database.commandPassword() : null);
        } finally {
            BackupArchive.deleteTree(work);
        }
        w.println(Messages.tr("safety.cli.verify.ok", file, IndonesianDates.format(m.createdAt().toLocalDate()),
                m.schemaVersion(), m.totalRows(), m.parts().size()));
        return 0;
    }
}
