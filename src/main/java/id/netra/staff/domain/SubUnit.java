package id.netra.staff.domain;

/** A bidang, UPT or school of the OPD. {@code headStaffId} is null until a head is chosen. */
public record SubUnit(long id, String name, SubUnitKind kind, int sortOrder, Long headStaffId, boolean active) {
}
