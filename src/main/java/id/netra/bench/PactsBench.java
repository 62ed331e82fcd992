package id.netra.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.pacts.domain.PrintSelection;
import id.netra.pacts.domain.SheetId;
import id.netra.pacts.print.PactBatch;
import id.netra.pacts.print.PactSheet;
import id.netra.pacts.print.PactSheetRenderer;
import id.netra.pacts.service.PactService;
import id.netra.pdf.PaperSize;
import id.netra.samples.SampleLoader;

/**
 * {@code netra bench pacts [--sheets 5000] [--paper A4|F4]}: one PDF of N pact sheets from the sample
 * OPD (its 300 people repeated under distinct sheet ids), after one untimed warm-up run. Budget:
 * 5,000 sheets within 2 s and 5 MB on a 2-core machine.
 */
@Command(name = "pacts", mixinStandardHelpOptions = true)
public final class PactsBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sheets", defaultValue = "5000")
    int sheets;

    @Option(names = "--paper", defaultValue = "A4")
    PaperSize paper;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("netra-bench-pacts");
        PactBatch batch;
        try (Database db = Database.open(new DataDirectory(work.resolve("data")))) {
            new SampleLoader(db).load();
            PactService service = PactService.open(db);
            PactService.PreparedPrint prepared = service.prepare(service.period("current"), PrintSelection.all(), "bench",
                    LocalDate.now());
            List<PactSheet> base = prepared.document().sheets();
            List<PactSheet> many = new ArrayList<>(sheets);
            for (int i = 0; i < sheets; i++) {
                PactSheet s = base.get(i % base.size());
                SheetId id = new SheetId(s.sheetId().periodId(), s.sheetId().staffId() + 100_000L * (i / base.size()),
                        s.sheetId().batchId());
                many.add(new PactSheet(id, s.signer(), s.superior()));
            }
            PactBatch b = prepared.document().withSheets(many);
            batch = new PactBatch(b.letterhead(), paper, b.template(), b.electionName(), b.electionYear(), b.opdName(),
                    b.place(), b.signingDate(), many);
        }
        PactSheetRenderer.save(batch.withSheets(batch.sheets().subList(0, Math.min(500, sheets))), work.resolve("warm.pdf"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        PactSheetRenderer.Result r = PactSheetRenderer.save(batch, work.resolve("pakta.pdf"));
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        out.printf("pacts: %d sheets (%s), %d pages, %.2f MB, %d ms wall, %d ms CPU (main thread), budget 2000 ms / 5 MB%n",
                sheets, paper, r.pages(), r.bytes() / 1048576.0, r.millis(), cpuMillis);
        Files.walk(work).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        return r.bytes() <= 5L * 1024 * 1024 ? 0 : 1;
    }
}
