package id.netra.reports.store;

import id.netra.db.Database;
import id.netra.reports.domain.MonthCut;
import id.netra.reports.domain.ReportFacts;

/**
 * Reads everything dated that a monthly report needs, in one read-only pass over the store: the roster
 * rolled back to the cut, pact events, ikrar assemblies with attendance, activities of the month, cases
 * with their status history, forwardings, recommendations, decisions and summonses, and the holidays
 * for the working-day clocks.
 */
public final class ReportFactsStore {

    private final Database db;

    public ReportFactsStore(Database db) {
        this.db = db;
    }

    public ReportFacts read(MonthCut cut, long periodId) {
        return db.inTransaction(ctx -> new ReportFacts(RosterFacts.read(ctx, cut),
                PactFacts.events(ctx, cut, periodId), PactFacts.pledges(ctx, cut, periodId),
                CaseFacts.activities(ctx, cut), CaseFacts.read(ctx, cut, periodId), CaseFacts.holidays(ctx)));
    }
}
