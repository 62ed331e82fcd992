package id.netra.bench;

import java.util.List;
import java.util.Random;

import org.jooq.DSLContext;

/** The dated history of the benchmark store (pacts, ikrar, activities, cases). */
final class ReportBenchHistory {

    private ReportBenchHistory() {
    }

    static void write(DSLContext ctx, long period, List<Long> staff, int caseCount, Random random) {
        // filled once the pacts (V3) and findings (V4) schemas are on this branch
    }
}
