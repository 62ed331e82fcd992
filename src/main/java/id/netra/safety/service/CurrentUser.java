package id.netra.safety.service;

import java.util.Optional;

import id.netra.safety.domain.AccessDeniedException;
import id.netra.safety.domain.AppUser;
import id.netra.safety.domain.Permission;
import id.netra.safety.domain.Role;

/**
 * Who is working now and what they may do - the one place other capabilities ask (for example the
 * findings screens call {@link #canSeeConfidential()} before showing a reporter's identity).
 * Before any user exists (a single clerk, first run) the app runs open with Admin rights.
 */
public final class CurrentUser {

    private volatile AppUser user;

    public Optional<AppUser> user() {
        return Optional.ofNullable(user);
    }

    /** The role in force: the logged-in user's, or Admin while no users exist. */
    public Role role() {
        AppUser u = user;
        return u == null ? Role.ADMIN : u.role();
    }

    public boolean can(Permission p) {
        return role().allows(p);
    }

    public boolean canSeeConfidential() {
        return can(Permission.SEE_CONFIDENTIAL);
    }

    /** Throws {@link AccessDeniedException} (a sentence for the clerk) unless allowed. */
    public void require(Permission p) {
        if (!can(p)) {
            throw new AccessDeniedException(p);
        }
    }

    void set(AppUser u) {
        this.user = u;
    }
}
