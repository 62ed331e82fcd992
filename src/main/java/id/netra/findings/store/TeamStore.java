package id.netra.findings.store;

import static id.netra.db.schema.Tables.INTERNAL_TEAM;
import static id.netra.db.schema.Tables.INTERNAL_TEAM_MEMBER;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.InternalTeamMemberRecord;
import id.netra.db.schema.tables.records.InternalTeamRecord;
import id.netra.findings.domain.InternalTeam;
import id.netra.findings.domain.TeamKind;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.TeamRole;

/** Internal teams (tim tetap / tidak tetap) with their decree and members. */
public final class TeamStore {

    private final Database db;

    public TeamStore(Database db) {
        this.db = db;
    }

    public List<InternalTeam> list() {
        DSLContext dsl = db.dsl();
        Map<Long, org.jooq.Result<InternalTeamMemberRecord>> members = dsl.selectFrom(INTERNAL_TEAM_MEMBER)
                .orderBy(INTERNAL_TEAM_MEMBER.SORT_ORDER).fetchGroups(INTERNAL_TEAM_MEMBER.TEAM_ID);
        return dsl.selectFrom(INTERNAL_TEAM).orderBy(INTERNAL_TEAM.DECREE_DATE.desc()).fetch()
                .map(t -> toTeam(t, members.containsKey(t.getId()) ? members.get(t.getId()) : List.of()));
    }

    /** Inserts ({@code id == 0}) or replaces a team with its members; returns the id. */
    public long save(InternalTeam team) {
        FindingsInputException.throwIfAny(team.validate());
        return db.inTransaction(ctx -> {
            InternalTeamRecord r = team.id() == 0 ? ctx.newRecord(INTERNAL_TEAM)
                    : ctx.selectFrom(INTERNAL_TEAM).where(INTERNAL_TEAM.ID.eq(team.id())).fetchOne();
            if (r == null) {
                throw FindingsInputException.of("findings.team.error.missing", team.id());
            }
            r.setName(team.name());
            r.setKind(team.kind().name());
            r.setDecreeNumber(team.decreeNumber());
            r.setDecreeDate(team.decreeDate());
            r.setValidFrom(team.validFrom());
            r.setValidUntil(team.validUntil());
            r.store();
            ctx.deleteFrom(INTERNAL_TEAM_MEMBER).where(INTERNAL_TEAM_MEMBER.TEAM_ID.eq(r.getId())).execute();
            int i = 0;
            for (TeamMember m : team.members()) {
                ctx.insertInto(INTERNAL_TEAM_MEMBER, INTERNAL_TEAM_MEMBER.TEAM_ID, INTERNAL_TEAM_MEMBER.STAFF_ID,
                        INTERNAL_TEAM_MEMBER.NAME, INTERNAL_TEAM_MEMBER.INSTITUTION, INTERNAL_TEAM_MEMBER.MEMBER_ROLE,
                        INTERNAL_TEAM_MEMBER.SORT_ORDER)
                        .values(r.getId(), m.staffId(), m.name(), CaseStore.blankToNull(m.institution()), m.role().name(), i++)
                        .execute();
            }
            return r.getId();
        });
    }

    public void delete(long id) {
        db.dsl().deleteFrom(INTERNAL_TEAM).where(INTERNAL_TEAM.ID.eq(id)).execute();
    }

    private static InternalTeam toTeam(InternalTeamRecord t, List<InternalTeamMemberRecord> ms) {
        return new InternalTeam(t.getId(), t.getName(), TeamKind.valueOf(t.getKind()), t.getDecreeNumber(),
                t.getDecreeDate(), t.getValidFrom(), t.getValidUntil(),
                ms.stream().map(m -> new TeamMember(m.getStaffId(), m.getName(), m.getInstitution(),
                        TeamRole.valueOf(m.getMemberRole()))).toList());
    }
}
