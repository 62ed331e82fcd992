package id.netra.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffMember;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.io.ImportPlan;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.SiasnCsvWriter;
import id.netra.staff.io.SourceTable;
import id.netra.staff.io.StaffXlsxExporter;
import id.netra.staff.service.ImportResult;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;
import id.netra.staff.ui.StaffFilter;
import id.netra.staff.ui.StaffRow;

/**
 * {@code netra bench staff-import [--rows N]}: imports a generated N-row SIMPEG-style XLSX and a
 * SIASN-style CSV, each in a fresh JVM and a fresh store (time and peak memory: heap and process
 * RSS), then again as the second import of a JVM (code already compiled), then times the Pegawai
 * list filter per keystroke over N rows. Goals: import of 20,000 rows
 * within 3 s and 400 MB RSS on 2 cores; a keystroke within 50 ms.
 */
@Command(name = "staff-import", mixinStandardHelpOptions = true)
public final class StaffImportBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "20000")
    int rows;

    @Option(names = "--runs", defaultValue = "3")
    int runs;

    /**
     * The installed launcher's heap, collector and compiler (installer/jpackage.args); the RSS goal is
     * for the whole process. {@code --jvm "-Xmx512m -XX:+UseSerialGC"} measures with both compilers.
     */
    @Option(names = "--jvm", defaultValue = LauncherOptions.JVM)
    String jvmOptions;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("netra-bench-staff");
        List<StaffDraft> people = FictionalRoster.generate(rows, 2024);
        Path xlsx = dir.resolve("pegawai-simpeg.xlsx");
        Path csv = dir.resolve("pegawai-siasn.csv");
        StaffXlsxExporter.write(people, "DAFTAR PEGAWAI", xlsx);
        SiasnCsvWriter.write(people, "Dinas Pendidikan", csv);
        out.printf("JVM options of each import: %s; load average now: %.1f on %d cores%n", jvmOptions,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf("generated %,d people: XLSX %,d KB, CSV %,d KB%n", rows, Files.size(xlsx) / 1024,
                Files.size(csv) / 1024);
        out.println("first import in a fresh JVM (the goal's figure):");
        for (Path file : List.of(xlsx, csv)) {
            Map<String, Long> m = medianOfRuns(file, dir, false);
            out.printf("%-20s wall: read %5d ms  check %5d ms  write %5d ms  total %5d ms | heap peak %4d MB"
                    + "  RSS peak %4d MB  (median of %d)%n", file.getFileName(), m.get("read"), m.get("check"),
                    m.get("write"), m.get("total"), m.get("heap"), m.get("rss"), runs);
            out.printf("%-20s CPU:  read %5d ms  check %5d ms  write %5d ms  (importing thread); whole process %5d ms%n",
                    "", m.get("readCpu"), m.get("checkCpu"), m.get("writeCpu"), m.get("cpu"));
        }
        out.println("second import in the same JVM (after one into another store; memory not comparable):");
        for (Path file : List.of(xlsx, csv)) {
            Map<String, Long> m = medianOfRuns(file, dir, true);
            out.printf("%-20s wall: read %5d ms  check %5d ms  write %5d ms  total %5d ms  (median of %d)%n",
                    file.getFileName(), m.get("read"), m.get("check"), m.get("write"), m.get("total"), runs);
        }
        filterBench(people, out);
        return 0;
    }

    private void filterBench(List<StaffDraft> people, java.io.PrintWriter out) {
        List<StaffRow> rowsList = new ArrayList<>(people.size());
        long id = 1;
        for (StaffDraft d : people) {
            rowsList.add(StaffRow.of(new StaffMember(id++, d, null, true, null, null, null)));
        }
        ObservableList<StaffRow> all = FXCollections.observableArrayList(rowsList);
        FilteredList<StaffRow> filtered = new FilteredList<>(all);
        LocalDate today = LocalDate.now();
        String nip = people.stream().filter(p -> p.nip() != null).findFirst().orElseThrow().nip();
        List<Long> times = new ArrayList<>();
        // warm-up, then type a name and a NIP one character at a time, then delete back
        for (int round = 0; round < 2; round++) {
            times.clear();
            for (String word : List.of("siti rahma", nip.substring(0, 14), "ahmad")) {
                for (int i = 1; i <= word.length(); i++) {
                    times.add(time(filtered, word.substring(0, i), today));
                }
                for (int i = word.length() - 1; i >= 0; i--) {
                    times.add(time(filtered, word.substring(0, i), today));
                }
            }
        }
        times.sort(null);
        out.printf("filter %,d rows per keystroke: median %.2f ms, max %.2f ms (%d keystrokes)%n", people.size(),
                times.get(times.size() / 2) / 1e6, times.get(times.size() - 1) / 1e6, times.size());
    }

    private static long time(FilteredList<StaffRow> list, String text, LocalDate today) {
        long t0 = System.nanoTime();
        list.setPredicate(new StaffFilter(text, null, null, StaffFilter.ActiveState.ACTIVE, today).predicate());
        list.size();
        return System.nanoTime() - t0;
    }

    /** {@code runs} child JVMs, each importing {@code file} into a fresh store (after a warm-up import if asked). */
    private Map<String, Long> medianOfRuns(Path file, Path dir, boolean warmUpFirst)
            throws IOException, InterruptedException {
        String name = (warmUpFirst ? "second-" : "first-") + file.getFileName();
        List<Map<String, Long>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(child(file, dir.resolve("store-" + name + "-" + i),
                    warmUpFirst ? dir.resolve("warm-up-" + name + "-" + i) : null, jvmOptions));
        }
        return median(results);
    }

    private static Map<String, Long> child(Path file, Path store, Path warmUpStore, String jvmOptions)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dorg.jooq.no-logo=true");
        cmd.addAll(LauncherOptions.list(jvmOptions));
        cmd.add(Child.class.getName());
        cmd.add(file.toString());
        cmd.add(store.toString());
        if (warmUpStore != null) {
            cmd.add(warmUpStore.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Map<String, Long> figures = new LinkedHashMap<>();
        StringBuilder log = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("NETRA_BENCH ")) {
                    String[] kv = line.substring("NETRA_BENCH ".length()).split("=");
                    figures.put(kv[0], Long.parseLong(kv[1].trim()));
                } else {
                    log.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(300, TimeUnit.SECONDS) || !figures.containsKey("total")) {
            p.destroyForcibly();
            throw new IOException("benchmark child failed for " + file + ":\n" + log);
        }
        return figures;
    }

    private static Map<String, Long> median(List<Map<String, Long>> runs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String key : runs.get(0).keySet()) {
            List<Long> values = new ArrayList<>();
            runs.forEach(r -> values.add(r.get(key)));
            m.put(key, StartupBench.median(values));
        }
        return m;
    }

    /** One import in a fresh JVM, so heap and RSS peaks belong to this import alone. */
    public static final class Child {

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            Path file = Path.of(args[0]);
            if (args.length > 2) {
                // the same import once into a scratch store first: what a second import in one session meets
                try (Database db = Database.open(new DataDirectory(Path.of(args[2])))) {
                    new StaffImportService(new RosterStore(db)).importFile(file, false, LocalDate.now());
                }
            }
            try (Database db = Database.open(new DataDirectory(Path.of(args[1])))) {
                StaffImportService service = new StaffImportService(new RosterStore(db));
                LocalDate today = LocalDate.now();
                var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean();
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long m0 = threads.getCurrentThreadCpuTime();
                SourceTable table = service.read(file, ReadListener.NONE);
                long t1 = System.nanoTime();
                long m1 = threads.getCurrentThreadCpuTime();
                ColumnMapping mapping = service.initialMapping(table);
                ImportPlan plan = service.preview(table, mapping, today, ReadListener.NONE);
                long t2 = System.nanoTime();
                long m2 = threads.getCurrentThreadCpuTime();
                ImportResult r = service.commit(plan, mapping, file.getFileName().toString(), List.of(),
                        id.netra.staff.domain.InactiveReason.LAINNYA, today, () -> false,
                        RosterStore.ProgressSink.NONE);
                long t3 = System.nanoTime();
                long m3 = threads.getCurrentThreadCpuTime();
                if (r.created() != table.dataRows().size()) {
                    throw new IllegalStateException("imported " + r.created() + " of " + table.dataRows().size()
                            + ", rejected " + r.rejectedRows());
                }
                print("read", (t1 - t0) / 1_000_000);
                print("check", (t2 - t1) / 1_000_000);
                print("write", (t3 - t2) / 1_000_000);
                print("total", (t3 - t0) / 1_000_000);
                // CPU of the importing thread per phase: what an idle machine would roughly take
                print("readCpu", (m1 - m0) / 1_000_000);
                print("checkCpu", (m2 - m1) / 1_000_000);
                print("writeCpu", (m3 - m2) / 1_000_000);
                // CPU time of the whole process during the import: less sensitive to a busy machine
                print("cpu", (os.getProcessCpuTime() - cpu0) / 1_000_000);
                long heap = 0;
                for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                        heap += pool.getPeakUsage().getUsed();
                    }
                }
                print("heap", heap / (1024 * 1024));
                print("rss", peakRssKb() / 1024);
            }
        }

        private static void print(String key, long value) {
            System.out.println("NETRA_BENCH " + key + "=" + value);
        }

        /** VmHWM from /proc (Linux); -1 elsewhere. */
        private static long peakRssKb() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("\\D", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                return -1024;
            }
            return -1024;
        }
    }
}
