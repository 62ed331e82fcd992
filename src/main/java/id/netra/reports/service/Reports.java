package id.netra.reports.service;

import java.time.Clock;

import id.netra.db.Database;
import id.netra.periods.store.PeriodStore;
import id.netra.reports.store.ReportFactsStore;
import id.netra.reports.store.ReportNoteStore;
import id.netra.settings.store.OpdProfileStore;

/** Wires a {@link ReportService} over one store (the app's composition root, the CLI, the benchmark). */
public final class Reports {

    private Reports() {
    }

    public static ReportService service(Database db, Clock clock) {
        return new ReportService(new OpdProfileStore(db), new PeriodStore(db), new ReportNoteStore(db),
                new ReportFactsStore(db), clock);
    }
}
