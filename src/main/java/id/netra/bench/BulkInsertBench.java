package id.netra.bench;

import static id.netra.db.schema.Tables.STAFF;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.jooq.Query;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import id.netra.db.DataDirectory;
import id.netra.db.Database;

/**
 * {@code netra bench bulk-insert --rows N}: N fictional staff rows in ONE transaction, in batches of
 * 1,000, printing a line per batch. Measures the cost of the audit triggers on a roster-sized write,
 * and gives the crash-safety test a long transaction to kill (or, with {@code --hold-after-commit}, a
 * committed one). Refuses a store that already has staff.
 */
@Command(name = "bulk-insert", mixinStandardHelpOptions = true)
public final class BulkInsertBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "20000")
    int rows;

    /** Keeps the store open after the commit until killed: the durability test kills it there. */
    @Option(names = "--hold-after-commit")
    boolean hold;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = Database.open(dataDirectory())) {
            if (db.dsl().fetchCount(STAFF) > 0) {
                spec.commandLine().getErr().println("bulk-insert needs an empty store");
                return 1;
            }
            out.println("NETRA_BULK started");
            out.flush();
            long t0 = System.nanoTime();
            OffsetDateTime now = OffsetDateTime.now();
            db.inTransactionRun(ctx -> {
                for (int start = 0; start < rows; start += 1_000) {
                    List<Query> batch = new ArrayList<>();
                    for (int i = start; i < Math.min(rows, start + 1_000); i++) {
                        batch.add(ctx.insertInto(STAFF, STAFF.KIND, STAFF.INTERNAL_NO, STAFF.NAME, STAFF.CREATED_AT,
                                STAFF.UPDATED_AT).values("NON_ASN", "B-" + i, "Pegawai Uji " + i, now, now));
                    }
                    ctx.batch(batch).execute();
                    out.println("NETRA_BULK batch " + (start / 1_000 + 1));
                    out.flush();
                }
            });
            out.println("NETRA_BULK committed rows=" + rows + " ms=" + (System.nanoTime() - t0) / 1_000_000);
            out.flush();
            while (hold) {
                Thread.sleep(1_000);
            }
        }
        return 0;
    }

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
