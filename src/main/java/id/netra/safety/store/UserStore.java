package id.netra.safety.store;

import static id.netra.db.schema.Tables.APP_USER;
import static id.netra.db.schema.Tables.LOGIN_THROTTLE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Record;

import id.netra.db.Database;
import id.netra.safety.domain.AppUser;
import id.netra.safety.domain.Role;

/** Users and their failed-login counters. */
public final class UserStore {

    /** A user with the stored hash, for the login check only. */
    public record Credentials(AppUser user, String passwordHash) {
    }

    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    public boolean anyActive() {
        return db.dsl().fetchExists(APP_USER, APP_USER.ACTIVE.isTrue());
    }

    public List<AppUser> all() {
        return db.dsl().selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(this::map);
    }

    public Optional<Credentials> credentials(String username) {
        return db.dsl().selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional()
                .map(r -> new Credentials(map(r), r.getPasswordHash()));
    }

    public AppUser create(String username, String fullName, Role role, String passwordHash) {
        long id = db.dsl().insertInto(APP_USER, APP_USER.USERNAME, APP_USER.FULL_NAME, APP_USER.ROLE,
                        APP_USER.PASSWORD_HASH, APP_USER.ACTIVE, APP_USER.CREATED_AT)
                .values(username, fullName, role.name(), passwordHash, true, OffsetDateTime.now())
                .returning(APP_USER.ID).fetchOne().getId();
        return new AppUser(id, username, fullName, role, true);
    }

    public void setPassword(long id, String passwordHash) {
        db.dsl().update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).where(APP_USER.ID.eq(id)).execute();
    }

    public void setActive(long id, boolean active) {
        db.dsl().update(APP_USER).set(APP_USER.ACTIVE, active).where(APP_USER.ID.eq(id)).execute();
    }

    public int failures(String username) {
        return db.dsl().select(LOGIN_THROTTLE.FAILURES).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.USERNAME.eq(username)).fetchOptional(LOGIN_THROTTLE.FAILURES).orElse(0);
    }

    public Optional<OffsetDateTime> lockedUntil(String username) {
        return db.dsl().select(LOGIN_THROTTLE.LOCKED_UNTIL).from(LOGIN_THROTTLE)
                .where(LOGIN_THROTTLE.USERNAME.eq(username)).fetchOptional(LOGIN_THROTTLE.LOCKED_UNTIL);
    }

    public void recordFailure(String username, int failures, OffsetDateTime lockedUntil) {
        db.dsl().mergeInto(LOGIN_THROTTLE).using(db.dsl().selectOne()).on(LOGIN_THROTTLE.USERNAME.eq(username))
                .whenMatchedThenUpdate().set(LOGIN_THROTTLE.FAILURES, failures).set(LOGIN_THROTTLE.LOCKED_UNTIL, lockedUntil)
                .whenNotMatchedThenInsert(LOGIN_THROTTLE.USERNAME, LOGIN_THROTTLE.FAILURES, LOGIN_THROTTLE.LOCKED_UNTIL)
                .values(username, failures, lockedUntil).execute();
    }

    public void clearFailures(String username) {
        db.dsl().deleteFrom(LOGIN_THROTTLE).where(LOGIN_THROTTLE.USERNAME.eq(username)).execute();
    }

    private AppUser map(Record r) {
        return new AppUser(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.FULL_NAME),
                Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ACTIVE));
    }
}
