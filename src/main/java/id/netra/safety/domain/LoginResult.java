package id.netra.safety.domain;

import java.time.OffsetDateTime;

/** The answer to a login attempt. */
public sealed interface LoginResult {

    record Success(AppUser user) implements LoginResult {
    }

    /** Wrong name or password (never said which). */
    record Rejected(int failures) implements LoginResult {
    }

    /** Too many failures: try again after {@code until}. */
    record Locked(OffsetDateTime until) implements LoginResult {
    }
}
