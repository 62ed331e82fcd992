package id.netra.staff.io;

import id.netra.staff.domain.StaffDraft;

/** A person already in the roster, as the import planner needs to see them. */
public record ExistingStaff(long id, StaffDraft draft, boolean active) {
}
