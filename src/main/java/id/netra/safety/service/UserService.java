package id.netra.safety.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import id.netra.db.Database;
import id.netra.db.StoreSession;
import id.netra.safety.domain.AppUser;
import id.netra.safety.domain.LoginResult;
import id.netra.safety.domain.LoginThrottle;
import id.netra.safety.domain.PasswordHasher;
import id.netra.safety.domain.Permission;
import id.netra.safety.domain.Role;
import id.netra.safety.store.UserStore;

/** Login, users and the session the store writes under. */
public final class UserService {

    public static final int MIN_PASSWORD = 8;

    private static final class DummyHash {
        static final String VALUE = PasswordHasher.hash("netra-dummy".toCharArray());
    }

    private final Database db;
    private final UserStore store;
    private final CurrentUser current;
    private final Clock clock;

    public UserService(Database db, UserStore store, CurrentUser current, Clock clock) {
        this.db = db;
        this.store = store;
        this.current = current;
        this.clock = clock;
    }

    public CurrentUser current() {
        return current;
    }

    /** Login is required once any active user exists. */
    public boolean loginRequired() {
        return store.anyActive();
    }

    public LoginResult login(String username, char[] password) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<OffsetDateTime> locked = store.lockedUntil(name);
        if (locked.isPresent() && locked.get().isAfter(now)) {
            return new LoginResult.Locked(locked.get());
        }
        Optional<UserStore.Credentials> c = store.credentials(name);
        boolean ok;
        if (c.isPresent()) {
            ok = PasswordHasher.matches(password, c.get().passwordHash());
        } else {
            // spend the same time on an unknown name so timing does not tell which names exist
            PasswordHasher.matches(password, DummyHash.VALUE);
            ok = false;
        }
        if (ok && c.get().user().active()) {
            store.clearFailures(name);
            signIn(c.get().user());
            return new LoginResult.Success(c.get().user());
        }
        int failures = store.failures(name) + 1;
        var delay = LoginThrottle.delayAfter(failures);
        store.recordFailure(name, failures, delay.isZero() ? null : now.plus(delay));
        return delay.isZero() ? new LoginResult.Rejected(failures) : new LoginResult.Locked(now.plus(delay));
    }

    private void signIn(AppUser u) {
        current.set(u);
        db.setSession(new StoreSession(u.role().name(), u.username()));
    }

    public void logout() {
        current.set(null);
        db.setSession(StoreSession.system());
    }

    public List<AppUser> users() {
        current.require(Permission.MANAGE_USERS);
        return store.all();
    }

    /**
     * Creates a user. The very first user must be an Admin (otherwise nobody could manage users);
     * after that only an Admin may create users.
     */
    public AppUser createUser(String username, String fullName, Role role, char[] password) {
        boolean first = !store.anyActive();
        if (first && role != Role.ADMIN) {
            throw new SafetyInputException("safety.users.error.firstAdmin");
        }
        current.require(Permission.MANAGE_USERS);
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,60}")) {
            throw new SafetyInputException("safety.users.error.username");
        }
        if (password == null || password.length < MIN_PASSWORD) {
            throw new SafetyInputException("safety.users.error.password", MIN_PASSWORD);
        }
        if (store.credentials(name).isPresent()) {
            throw new SafetyInputException("safety.users.error.exists", name);
        }
        AppUser u = store.create(name, fullName.isBlank() ? name : fullName.trim(), role, PasswordHasher.hash(password));
        if (first) {
            // whoever sets the first password is that admin from now on
            signIn(u);
        }
        return u;
    }

    public void changePassword(long userId, char[] password) {
        current.require(Permission.MANAGE_USERS);
        if (password == null || password.length < MIN_PASSWORD) {
            throw new SafetyInputException("safety.users.error.password", MIN_PASSWORD);
        }
        store.setPassword(userId, PasswordHasher.hash(password));
    }

    public void setActive(long userId, boolean active) {
        current.require(Permission.MANAGE_USERS);
        store.setActive(userId, active);
    }
}
