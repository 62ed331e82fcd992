package id.netra.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.samples.SampleLoader;

/** {@code netra load-samples}: the fictional Dinas Pendidikan, into an empty store only. */
@Command(name = "load-samples", mixinStandardHelpOptions = true)
public final class LoadSamplesCommand implements Callable<Integer> {

    @ParentCommand
    NetraCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (Database db = Database.openForCommand(parent.dataDirectory())) {
            SampleLoader.Result r = new SampleLoader(db).load();
            spec.commandLine().getOut().println(Messages.tr("cli.samples.loaded", r.subUnits(), r.staff(), r.periods()));
        }
        return Cli.OK;
    }
}
