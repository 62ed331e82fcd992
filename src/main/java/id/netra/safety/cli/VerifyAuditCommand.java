package id.netra.safety.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.safety.domain.AuditProblem;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.service.AuditMessages;
import id.netra.safety.store.AuditStore;

/** {@code netra verify-audit}: checks the chain and the audited rows; exit 1 naming the first problem. */
@Command(name = "verify-audit", mixinStandardHelpOptions = true)
public final class VerifyAuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.openForCommand(DataDirOption.of(spec))) {
            AuditReport r = new AuditStore(db).verify();
            if (r.ok()) {
                spec.commandLine().getOut().println(Messages.tr("safety.audit.ok", r.entries()));
                return 0;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println(Messages.tr("safety.audit.failed", r.problems().size()));
            int shown = 0;
            for (AuditProblem p : r.problems()) {
                if (shown++ == 20) {
                    err.println(Messages.tr("safety.audit.more", r.problems().size() - 20));
                    break;
                }
                err.println("  " + AuditMessages.describe(p));
            }
            return 1;
        }
    }
}
