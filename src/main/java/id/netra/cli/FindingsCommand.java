package id.netra.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import id.netra.findings.domain.CaseFilter;
import id.netra.findings.domain.CaseListItem;
import id.netra.findings.domain.Deadline;
import id.netra.findings.service.FindingsService;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;

/** {@code netra temuan [--overdue] [--as-of DATE] [--json]}: the case register with its clocks, for scripts. */
@Command(name = "temuan", mixinStandardHelpOptions = true, description = "Register temuan / findings register")
public final class FindingsCommand implements Callable<Integer> {

    @ParentCommand
    NetraCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--overdue", description = "Hanya yang lewat atau dekat tenggat / only overdue or due soon")
    boolean overdue;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Tanggal acuan / evaluate as of this date")
    LocalDate asOf;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.openForCommand(parent.dataDirectory())) {
            FindingsService service = FindingsService.open(db, Clock.systemDefaultZone());
            LocalDate day = asOf == null ? service.today() : asOf;
            List<CaseListItem> items = service.cases(CaseFilter.ALL.withOverdueOnly(overdue), day);
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CaseListItem i : items) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("register", i.summary().registerNumber());
                    r.put("dateKnown", i.summary().dateKnown().toString());
                    r.put("status", i.summary().status().name());
                    r.put("codes", i.summary().codes());
                    r.put("deadlineState", i.deadlines().isEmpty() ? null : i.state().name());
                    Deadline d = i.nextDeadline();
                    r.put("nextDeadline", d == null ? null : Map.of("kind", d.kind().name(), "due", d.due().toString()));
                    rows.add(r);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("asOf", day.toString());
                doc.put("cases", rows);
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            } else {
                out.println(Messages.tr("findings.cli.header", IndonesianDates.format(day), items.size()));
                for (CaseListItem i : items) {
                    Deadline d = i.nextDeadline();
                    out.printf("  %-20s %-12s %-10s %s%n", i.summary().registerNumber(),
                            Messages.tr(i.summary().status().messageKey()), String.join(",", i.summary().codes()),
                            d == null ? "-" : Messages.tr("findings.col.deadlineValue", Messages.tr(i.state().messageKey()),
                                    Messages.tr(d.kind().messageKey()), IndonesianDates.format(d.due())));
                }
            }
        }
        return Cli.OK;
    }
}
