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

    static ElectionPeriod toDomain(ElectionPeriodRecord r) {
        return new ElectionPeriod(r.getId(), r.getName(), ElectionKind.valueOf(r.getKind()), r.getElectionYear(),
                r.getCandidatesSet(), r.getCampaignStart(), r.getCampaignEnd(), r.getVotingDay(),
                r.getSigningDeadline(), RecommendingBody.valueOf(r.getRecommendingBody()), r.getIsCurrent());
    }
}
