package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.domain.AccessDeniedException;
import id.netra.safety.domain.LoginResult;
import id.netra.safety.domain.PasswordHasher;
import id.netra.safety.domain.Permission;
import id.netra.safety.domain.Role;
import id.netra.safety.service.CurrentUser;
import id.netra.safety.service.UserService;
import id.netra.safety.store.UserStore;
import id.netra.samples.SampleLoader;

class AccessAndLoginTest {

    @TempDir
    Path root;

    @Test
    void passwordsAreStoredAsPbkdf2NeverPlain() {
        String h = PasswordHasher.hash("rahasia-sekali".toCharArray());
        assertThat(h).startsWith("pbkdf2-sha256$210000$").doesNotContain("rahasia");
        assertThat(PasswordHasher.matches("rahasia-sekali".toCharArray(), h)).isTrue();
        assertThat(PasswordHasher.matches("rahasia-sekalI".toCharArray(), h)).isFalse();
    }

    @Test
    void rolesReachOnlyWhatTheyMayInServiceAndStore() throws Exception {
        try (Database db = Database.open(new DataDirectory(root))) {
            new SampleLoader(db).load();
            UserService users = new UserService(db, new UserStore(db), new CurrentUser(), Clock.systemDefaultZone());
            assertThat(users.loginRequired()).isFalse();
            assertThat(users.current().canSeeConfidential()).isTrue(); // open mode: the single clerk is admin
            assertThatThrownBy(() -> users.createUser("operator1", "Op", Role.OPERATOR, "kata-sandi-1".toCharArray()))
                    .isInstanceOfSatisfying(id.netra.safety.service.SafetyInputException.class,
                            e -> assertThat(e.localized()).startsWith("Pengguna pertama harus berperan Admin"));
            users.createUser("admin", "Admin OPD", Role.ADMIN, "kata-sandi-1".toCharArray());
            users.createUser("operator1", "Siti", Role.OPERATOR, "kata-sandi-2".toCharArray());
            users.createUser("kepala", "Kepala Dinas", Role.PIMPINAN, "kata-sandi-3".toCharArray());
            assertThat(users.loginRequired()).isTrue();

            assertThat(users.login("operator1", "kata-sandi-2".toCharArray())).isInstanceOf(LoginResult.Success.class);
            assertThat(users.current().canSeeConfidential()).isFalse();
            assertThat(users.current().can(Permission.EDIT_DATA)).isTrue();
            assertThatThrownBy(users::users).isInstanceOfSatisfying(AccessDeniedException.class,
                    e -> assertThat(e.localized()).contains("Hanya Admin"));
            assertThatThrownBy(() -> users.current().require(Permission.RESTORE)).isInstanceOf(AccessDeniedException.class);

            assertThat(users.login("kepala", "kata-sandi-3".toCharArray())).isInstanceOf(LoginResult.Success.class);
            assertThat(users.current().can(Permission.VIEW_REPORTS)).isTrue();
            // read-only is enforced in the store itself, whatever screen or store tries to write
            assertThatThrownBy(() -> db.dsl().execute("UPDATE STAFF SET NAME = 'X' WHERE ID = (SELECT MIN(ID) FROM STAFF)"))
                    .hasMessageContaining("may only read");
            // ... except making reports: the month's notes are the one thing a Pimpinan writes
            long period = new id.netra.periods.store.PeriodStore(db).current().orElseThrow().id();
            id.netra.reports.service.Reports.service(db, Clock.systemDefaultZone()).saveNotes(
                    new id.netra.reports.domain.MonthNotes(java.time.YearMonth.of(2024, 10), period, "800/17/2024",
                            null, "Tidak ada kendala.", java.util.List.of("Bupati Sukamaju")));
            assertThat(db.rowCounts().get("report_note")).isEqualTo(1);
            users.logout();
            db.dsl().execute("UPDATE STAFF SET NAME = 'X' WHERE ID = (SELECT MIN(ID) FROM STAFF)");
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheNameForAWhile() throws Exception {
        try (Database db = Database.open(new DataDirectory(root))) {
            UserService users = new UserService(db, new UserStore(db), new CurrentUser(), Clock.systemDefaultZone());
            users.createUser("admin", "Admin", Role.ADMIN, "kata-sandi-1".toCharArray());
            users.logout();
            for (int i = 1; i < 5; i++) {
                assertThat(users.login("admin", "salah".toCharArray())).isInstanceOf(LoginResult.Rejected.class);
            }
            assertThat(users.login("admin", "salah".toCharArray())).isInstanceOf(LoginResult.Locked.class);
            // even the right password waits until the delay is over
            assertThat(users.login("admin", "kata-sandi-1".toCharArray())).isInstanceOf(LoginResult.Locked.class);
            assertThat(users.current().user()).isEmpty();
        }
    }
}
