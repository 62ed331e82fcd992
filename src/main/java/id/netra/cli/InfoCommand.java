package id.netra.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.Database;
import id.netra.i18n.Messages;

/** {@code netra info [--json]}: where the data is, which schema, how many rows. */
@Command(name = "info", mixinStandardHelpOptions = true)
public final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    NetraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.openForCommand(parent.dataDirectory())) {
            Map<String, Integer> counts = db.rowCounts();
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("dataDir", db.directory().root().toString());
                doc.put("appVersion", AppVersion.current());
                doc.put("schemaVersion", db.schemaVersion());
                doc.put("counts", counts);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                out.println(Messages.tr("cli.info.dataDir", db.directory().root()));
                out.println(Messages.tr("cli.info.appVersion", AppVersion.current()));
                out.println(Messages.tr("cli.info.schemaVersion", db.schemaVersion()));
                out.println(Messages.tr("cli.info.counts"));
                counts.forEach((table, n) -> out.printf("  %-24s %8d%n", table, n));
            }
        }
        return Cli.OK;
    }
}
