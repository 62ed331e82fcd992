package id.netra.reports.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.i18n.Messages;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.reports.domain.GeneratedReport;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.io.ReportJson;
import id.netra.reports.service.ReportService;
import id.netra.reports.service.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code netra report --month YYYY-MM [--period ID] --out FILE.pdf [--xlsx FILE] [--json]}: the monthly
 * report without the window, e.g. from a scheduled task. {@code --json} prints the figures as one JSON
 * object on stdout (the same object the consolidation reads).
 */
@Command(name = "report", mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", descriptionKey = "reports.cli.month")
    String month;

    @Option(names = "--period", paramLabel = "ID", descriptionKey = "reports.cli.period")
    Long period;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "reports.cli.out")
    Path out;

    @Option(names = "--xlsx", paramLabel = "FILE", descriptionKey = "reports.cli.xlsx")
    Path xlsx;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), Messages.tr("reports.cli.badMonth", month));
        }
        try (Database db = Database.openForCommand(dataDirectory())) {
            ReportService service = Reports.service(db, Clock.systemDefaultZone());
            long periodId;
            if (period != null) {
                periodId = period;
            } else {
                periodId = service.defaultPeriod().map(ElectionPeriod::id)
                        .orElseThrow(() -> new id.netra.reports.service.ReportException("reports.error.noPeriods"));
            }
            MonthlyReport report = service.build(ym, periodId);
            GeneratedReport g = service.savePdf(report, out);
            if (xlsx != null) {
                service.saveWorkbook(report, xlsx);
            }
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = ReportJson.toJson(report);
                node.putObject("file").put("pdf", g.fileName()).put("sha256", g.sha256());
                w.println(node.toPrettyString());
            } else {
                w.println(Messages.tr("reports.cli.done", g.fileName(), g.sha256()));
                if (xlsx != null) {
                    w.println(Messages.tr("reports.cli.doneXlsx", xlsx.toAbsolutePath()));
                }
            }
            w.flush();
        }
        return 0;
    }

    /** The root command's {@code --data-dir}, read through picocli so this package needs no cli import. */
    private DataDirectory dataDirectory() {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        OptionSpec option = root.findOption("--data-dir");
        Path dir = option == null ? null : option.getValue();
        return DataDirectory.resolve(java.util.Optional.ofNullable(dir));
    }
}
