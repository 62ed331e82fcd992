package id.netra.db;

import java.util.Locale;
import java.util.Objects;

/**
 * Who is working, as the store sees it: set on every pooled connection as the H2 session variable
 * {@code @NETRA_SESSION} ("ROLE:username") so database triggers (the audit log) can name the user and
 * refuse writes from read-only roles. A connection on which Netra never set it is "outside the app".
 */
public record StoreSession(String role, String username) {

    public static final String VARIABLE = "NETRA_SESSION";

    public StoreSession {
        Objects.requireNonNull(role);
        Objects.requireNonNull(username);
        if (role.contains(":")) {
            throw new IllegalArgumentException("role must not contain ':'");
        }
    }

    /** Before anyone logs in (no users yet, or the CLI): the operating-system account, full rights. */
    public static StoreSession system() {
        return new StoreSession("ADMIN", "os:" + System.getProperty("user.name", "?").toLowerCase(Locale.ROOT));
    }

    public String encoded() {
        return role + ":" + username;
    }
}
