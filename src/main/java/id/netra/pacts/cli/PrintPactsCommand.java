package id.netra.pacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.print.PactSheetRenderer;
import id.netra.pacts.service.PactService;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.staff.domain.SubUnit;

/**
 * {@code netra print-pacts --period ID|current [--unit NAME] [--unsigned] --out FILE.pdf [--json]}:
 * writes one PDF with a pact sheet per person and records them as printed.
 */
@Command(name = "print-pacts", mixinStandardHelpOptions = true)
public final class PrintPactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", paramLabel = "ID|current", defaultValue = "current", descriptionKey = "pacts.cli.option.period")
    String period;

    @Option(names = "--unit", paramLabel = "NAME", descriptionKey = "pacts.cli.option.unit")
    String unit;

    @Option(names = "--unsigned", descriptionKey = "pacts.cli.option.unsigned")
    boolean unsigned;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true, descriptionKey = "pacts.cli.option.out")
    Path out;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        try (Database db = Database.openForCommand(PactServices.dataDirectory(spec))) {
            PactService service = PactServices.pactService(db);
            ElectionPeriod p = service.period(period);
            PrintSelection selection = PrintSelection.all();
            String described = Messages.tr("pacts.selection.all");
            if (unit != null) {
                SubUnit u = service.subUnits().stream().filter(s -> s.name().equalsIgnoreCase(unit.trim())).findFirst()
                        .orElseThrow(() -> new PactService.NotReady("pacts.error.noSuchUnit", unit));
                selection = PrintSelection.unit(u.id());
                described = Messages.tr("pacts.selection.unit", u.name());
            }
            if (unsigned) {
                selection = selection.unsigned();
                described = described + ", " + Messages.tr("pacts.selection.unsigned");
            }
            LocalDate today = LocalDate.now();
            PactService.PreparedPrint prepared = service.prepare(p, selection, described, today);
            PactSheetRenderer.Result r = service.saveAndRecord(prepared, out, today);
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("pages", r.pages());
                doc.put("people", r.people());
                doc.put("file", out.toAbsolutePath().toString());
                doc.put("bytes", r.bytes());
                doc.put("millis", r.millis());
                w.println(new ObjectMapper().writeValueAsString(doc));
            } else {
                w.println(Messages.tr("pacts.cli.printed", r.people(), p.name(), out.toAbsolutePath(), r.bytes() / 1024, r.millis()));
            }
        }
        return 0;
    }
}
