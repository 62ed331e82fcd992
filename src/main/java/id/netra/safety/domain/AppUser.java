package id.netra.safety.domain;

/** A person who may log in. The password hash never leaves the store layer. */
public record AppUser(long id, String username, String fullName, Role role, boolean active) {
}
