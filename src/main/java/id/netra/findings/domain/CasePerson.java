package id.netra.findings.domain;

/**
 * A staff member a case concerns, as the findings register needs to show them (copied from the
 * roster at read time, never stored twice). {@code asn} decides sanction versus contract measure.
 */
public record CasePerson(long staffId, String name, String identifier, boolean asn, String position,
        Long subUnitId, String subUnitName) {
}
