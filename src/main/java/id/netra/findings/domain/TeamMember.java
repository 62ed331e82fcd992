package id.netra.findings.domain;

/** A member from the roster ({@code staffId} set) or from outside (Inspektorat, BKPSDM...). */
public record TeamMember(Long staffId, String name, String institution, TeamRole role) {

    public TeamMember {
        name = name == null ? "" : name.strip();
        institution = institution == null ? "" : institution.strip();
    }
}
