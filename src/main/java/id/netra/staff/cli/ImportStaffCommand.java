package id.netra.staff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.staff.io.ImportProblem;
import id.netra.staff.io.RowIssue;
import id.netra.staff.service.ImportResult;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;

/**
 * {@code netra import-staff FILE [--dry-run] [--json]}: the wizard without a window. Columns are
 * mapped automatically, or as last confirmed in the wizard for files with the same headings.
 * Exit 0 when the import committed (rejected rows or not), 1 when nothing could be imported.
 */
@Command(name = "import-staff", mixinStandardHelpOptions = true)
public final class ImportStaffCommand implements Callable<Integer> {

    private static final int OK = 0;
    private static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "staff.cli.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "staff.cli.dryRun")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = Database.openForCommand(dataDirectory())) {
            StaffImportService service = new StaffImportService(new RosterStore(db));
            ImportResult result;
            try {
                result = service.importFile(file, dryRun, LocalDate.now());
            } catch (ImportProblem e) {
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("file", file.toString());
                    doc.put("committed", false);
                    doc.put("error", e.localized());
                    out.println(new ObjectMapper().writeValueAsString(doc));
                }
                err.println(e.localized());
                return FAILED;
            }
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(document(result)));
            } else {
                out.println(Messages.tr(dryRun ? "staff.cli.summaryDry" : "staff.cli.summary", result.created(),
                        result.updated(), result.unchanged(), result.rejected()));
                for (RowIssue issue : result.rejectedRows()) {
                    out.println("  " + issue.describe());
                }
                if (result.notInFile() > 0) {
                    out.println(Messages.tr("staff.cli.notInFile", result.notInFile()));
                }
            }
            if (!result.anythingImportable()) {
                err.println(Messages.tr("staff.cli.nothing", file.getFileName()));
                return FAILED;
            }
            return OK;
        }
    }

    private Map<String, Object> document(ImportResult r) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file.toString());
        doc.put("dryRun", dryRun);
        doc.put("committed", r.committed());
        doc.put("new", r.created());
        doc.put("updated", r.updated());
        doc.put("unchanged", r.unchanged());
        doc.put("rejectedCount", r.rejected());
        doc.put("notInFile", r.notInFile());
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (RowIssue i : r.rejectedRows()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("row", i.row());
            one.put("column", i.column());
            one.put("reason", i.reason());
            rejected.add(one);
        }
        doc.put("rejected", rejected);
        return doc;
    }

    /** The root command's {@code --data-dir}, read through picocli so this package needs no cli import. */
    private DataDirectory dataDirectory() {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        OptionSpec option = root.findOption("--data-dir");
        Path dir = option == null ? null : option.getValue();
        return DataDirectory.resolve(Optional.ofNullable(dir));
    }
}
