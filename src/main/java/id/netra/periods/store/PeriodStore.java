package id.netra.periods.store;

import static id.netra.db.schema.Tables.ELECTION_PERIOD;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.ElectionPeriodRecord;
import id.netra.periods.domain.ElectionKind;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.domain.RecommendingBody;

public final class PeriodStore {

    private final Database db;

    public PeriodStore(Database db) {
        this.db = db;
    }

    public List<ElectionPeriod> list() {
        return db.dsl().selectFrom(ELECTION_PERIOD).orderBy(ELECTION_PERIOD.VOTING_DAY.desc()).fetch(PeriodStore::toDomain);
    }

    public Optional<ElectionPeriod> current() {
        return db.dsl().selectFrom(ELECTION_PERIOD).where(ELECTION_PERIOD.IS_CURRENT.isTrue())
                .fetchOptional(PeriodStore::toDomain);
    }

    /** Inserts within the caller's transaction; a new current period takes over from the old one. */
    public static long insert(DSLContext ctx, ElectionPeriod p) {
        if (p.current()) {
            ctx.update(ELECTION_PERIOD).set(ELECTION_PERIOD.IS_CURRENT, false).execute();
        }
        ElectionPeriodRecord r = ctx.newRecord(ELECTION_PERIOD);
        r.setName(p.name());
        r.setKind(p.kind().name());
        r.setElectionYear(p.year());
        r.setCandidatesSet(p.candidatesSet());
        r.setCampaignStart(p.campaignStart());
        r.setCampaignEnd(p.campaignEnd());
        r.setVotingDay(p.votingDay());
        r.setSigningDeadline(p.signingDeadline());
        r.setRecommendingBody(p.recommendingBody().name());
        r.setIsCurrent(p.current());
        r.store();
        return r.getId();
    }

    public Optional<ElectionPeriod> find(long id) {
        return db.dsl().selectFrom(ELECTION_PERIOD).where(ELECTION_PERIOD.ID.eq(id)).fetchOptional(PeriodStore::toDomain);
    }

    /** Inserts (id 0) or updates a period in one transaction; returns its id. */
    public long save(ElectionPeriod p) {
        return db.inTransaction(ctx -> {
            if (p.id() == 0) {
                return insert(ctx, p);
            }
            if (p.current()) {
                ctx.update(ELECTION_PERIOD).set(ELECTION_PERIOD.IS_CURRENT, false).where(ELECTION_PERIOD.ID.ne(p.id())).execute();
            }
            ctx.update(ELECTION_PERIOD)
                    .set(ELECTION_PERIOD.NAME, p.name())
                    .set(ELECTION_PERIOD.KIND, p.kind().name())
                    .set(ELECTION_PERIOD.ELECTION_YEAR, p.year())
                    .set(ELECTION_PERIOD.CANDIDATES_SET, p.candidatesSet())
                    .set(ELECTION_PERIOD.CAMPAIGN_START, p.campaignStart())
                    .set(ELECTION_PERIOD.CAMPAIGN_END, p.campaignEnd())
                    .set(ELECTION_PERIOD.VOTING_DAY, p.votingDay())
                    .set(ELECTION_PERIOD.SIGNING_DEADLINE, p.signingDeadline())
                    .set(ELECTION_PERIOD.RECOMMENDING_BODY, p.recommendingBody().name())
                    .set(ELECTION_PERIOD.IS_CURRENT, p.current())
                    .where(ELECTION_PERIOD.ID.eq(p.id())).execute();
            return p.id();
        });
    }

    /** Makes {@code id} the one current period. */
    public void makeCurrent(long id) {
        db.inTransactionRun(ctx -> {
            ctx.update(ELECTION_PERIOD).set(ELECTION_PERIOD.IS_CURRENT, ELECTION_PERIOD.ID.eq(id)).execute();
        });
    }

    static ElectionPeriod toDomain(ElectionPeriodRecord r) {
        return new ElectionPeriod(r.getId(), r.getName(), ElectionKind.valueOf(r.getKind()), r.getElectionYear(),
                r.getCandidatesSet(), r.getCampaignStart(), r.getCampaignEnd(), r.getVotingDay(),
                r.getSigningDeadline(), RecommendingBody.valueOf(r.getRecommendingBody()), r.getIsCurrent());
    }
}
