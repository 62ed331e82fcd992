package id.netra.safety.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Admin: everything. Operator: daily work, but never confidential reporter identities, users or
 * restore. Pimpinan (the head or Sekda staff): read-only, reports and the audit trail.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    OPERATOR(EnumSet.of(Permission.EDIT_DATA, Permission.VIEW_REPORTS, Permission.BACKUP)),
    PIMPINAN(EnumSet.of(Permission.VIEW_REPORTS, Permission.VIEW_AUDIT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean allows(Permission p) {
        return permissions.contains(p);
    }
}
