package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Tim internal / satgas set up by a decree (SK); the case summary lists it. */
public record InternalTeam(long id, String name, TeamKind kind, String decreeNumber, LocalDate decreeDate,
        LocalDate validFrom, LocalDate validUntil, List<TeamMember> members) {

    public InternalTeam {
        name = name == null ? "" : name.strip();
        decreeNumber = decreeNumber == null ? "" : decreeNumber.strip();
        members = List.copyOf(members);
    }

    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        DateChecks.requirePresent(name, "findings.field.teamName", problems);
        DateChecks.requirePresent(kind, "findings.field.teamKind", problems);
        DateChecks.requirePresent(decreeNumber, "findings.field.decreeNumber", problems);
        DateChecks.requirePresent(decreeDate, "findings.field.decreeDate", problems);
        DateChecks.requireOrder(validFrom, "findings.field.validFrom", validUntil, "findings.field.validUntil", problems);
        if (members.stream().filter(m -> m.role() == TeamRole.KETUA).count() > 1) {
            problems.add(Problem.of("findings.team.error.twoChairs"));
        }
        for (TeamMember m : members) {
            if (m.name().isBlank() || m.role() == null) {
                problems.add(Problem.of("findings.team.error.member"));
                break;
            }
        }
        return problems;
    }
}
