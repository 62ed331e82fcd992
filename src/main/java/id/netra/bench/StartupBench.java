package id.netra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.samples.SampleLoader;

/**
 * {@code netra bench startup}: cold start of the real window against a bare JavaFX window, each in
 * a fresh JVM with the same class path, alternating so both see the same disk cache. Needs a
 * display (run under {@code xvfb-run} on a server).
 */
@Command(name = "startup", mixinStandardHelpOptions = true)
public final class StartupBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5")
    int runs;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Path data = Files.createTempDirectory("netra-bench-startup");
        try (Database db = Database.open(new DataDirectory(data))) {
            new SampleLoader(db).load();
        }
        List<Long> bare = new ArrayList<>();
        List<Long> window = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        // one untimed round warms the OS file cache for both
        runChild(BareWindow.class.getName(), List.of());
        runChild("id.netra.app.Main", List.of("-Dnetra.bench.startup=true"), "--data-dir", data.toString());
        for (int i = 0; i < runs; i++) {
            bare.add(runChild(BareWindow.class.getName(), List.of()).get("window"));
            Map<String, Long> app = runChild("id.netra.app.Main", List.of("-Dnetra.bench.startup=true"),
                    "--data-dir", data.toString());
            window.add(app.get("window"));
            shown.add(app.get("data"));
        }
        long b = median(bare);
        long w = median(window);
        long d = median(shown);
        out.printf("bare JavaFX window shown:   %5d ms (median of %d)%n", b, runs);
        out.printf("Netra window shown:         %5d ms  (%.2fx bare)%n", w, (double) w / b);
        out.printf("Netra data shown (300 pegawai): %5d ms%n", d);
        return 0;
    }

    private static Map<String, Long> runChild(String mainClass, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        // both windows start as the installed launcher starts Netra
        cmd.addAll(LauncherOptions.list(LauncherOptions.JVM));
        cmd.addAll(jvmArgs);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile("netra-bench", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("benchmark child did not finish: " + mainClass + " (output in " + log + ")");
        }
        Map<String, Long> figures = new HashMap<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("NETRA_BENCH ")) {
                String[] kv = line.substring("NETRA_BENCH ".length()).split("=");
                figures.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        }
        Files.delete(log);
        if (!figures.containsKey("window")) {
            throw new IOException("benchmark child printed no timing (is there a display?): " + mainClass);
        }
        return figures;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
