package id.netra.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.db.StoreSession;
import id.netra.safety.domain.AuditFilter;
import id.netra.safety.domain.AuditProblem;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.store.AuditStore;
import id.netra.samples.SampleLoader;

class AuditTrailTest {

    @TempDir
    Path root;

    @Test
    void everyChangeIsLoggedWithUserAndImagesAndTheChainVerifies() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            db.setSession(new StoreSession("OPERATOR", "siti"));
            db.dsl().execute("UPDATE STAFF SET NAME = 'Nama Baru' WHERE ID = (SELECT MIN(ID) FROM STAFF)");
            AuditStore audit = new AuditStore(db);
            var last = audit.find(new AuditFilter("staff", "siti", null, null, 10));
            assertThat(last).hasSize(1);
            assertThat(last.get(0).beforeImage()).contains("\"name\":");
            assertThat(last.get(0).afterImage()).contains("Nama Baru");
            assertThat(last.get(0).outsideApp()).isFalse();
            AuditReport report = audit.verify();
            assertThat(report.problems()).isEmpty();
            assertThat(report.entries()).isGreaterThan(300);
        }
    }

    @Test
    void staffRowChangedWithPlainSqlOutsideTheAppIsNamed() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        long id;
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            id = ((Number) db.dsl().fetchValue("SELECT MIN(ID) FROM STAFF")).longValue();
        }
        try (Connection c = TestStores.outsideConnection(dir); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE STAFF SET POSITION = 'Dipalsukan' WHERE ID = " + id);
        }
        try (Database db = Database.open(dir)) {
            AuditReport report = new AuditStore(db).verify();
            assertThat(report.ok()).isFalse();
            assertThat(report.first().kind()).isEqualTo(AuditProblem.Kind.OUTSIDE_APP);
            assertThat(report.first().entity()).isEqualTo("staff");
            assertThat(report.first().entityId()).isEqualTo(String.valueOf(id));
        }
    }

    @Test
    void staffRowChangedWithTheTriggerBypassedIsFoundByTheRowCheck() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        long id;
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
            id = ((Number) db.dsl().fetchValue("SELECT MAX(ID) FROM STAFF")).longValue();
        }
        try (Connection c = TestStores.outsideConnection(dir); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER AUDIT_STAFF");
            st.executeUpdate("UPDATE STAFF SET POSITION = 'Dipalsukan' WHERE ID = " + id);
        }
        try (Database db = Database.open(dir)) {
            AuditReport report = new AuditStore(db).verify();
            assertThat(report.problems()).extracting(AuditProblem::kind, AuditProblem::entity, AuditProblem::entityId)
                    .contains(org.assertj.core.groups.Tuple.tuple(AuditProblem.Kind.ROW_CHANGED, "staff", String.valueOf(id)));
        }
    }

    @Test
    void anAuditEntryEditedOrDeletedBreaksTheChainAtThatEntry() throws Exception {
        DataDirectory dir = new DataDirectory(root);
        try (Database db = Database.open(dir)) {
            new SampleLoader(db).load();
        }
        String actor;
        try (Connection c = TestStores.outsideConnection(dir); Statement st = c.createStatement()) {
            var rs = st.executeQuery("SELECT ACTOR FROM AUDIT_ENTRY WHERE SEQ = 17");
            rs.next();
            actor = rs.getString(1);
            st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = 'orang lain' WHERE SEQ = 17");
        }
        try (Database db = Database.open(dir)) {
            AuditReport report = new AuditStore(db).verify();
            assertThat(report.first().kind()).isEqualTo(AuditProblem.Kind.ENTRY_ALTERED);
            assertThat(report.first().seq()).isEqualTo(17);
        }
        try (Connection c = TestStores.outsideConnection(dir); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE AUDIT_ENTRY SET ACTOR = '" + actor + "' WHERE SEQ = 17");
            st.executeUpdate("DELETE FROM AUDIT_ENTRY WHERE SEQ = 40");
        }
        try (Database db = Database.open(dir)) {
            AuditReport report = new AuditStore(db).verify();
            assertThat(report.first().kind()).isEqualTo(AuditProblem.Kind.CHAIN_BROKEN);
            assertThat(report.first().seq()).isEqualTo(41);
        }
    }

    @Test
    void twentyThousandRowsInOneTransactionAreEachLoggedAndTheChainVerifies() throws Exception {
        // what this costs is measured by `bench bulk-insert` and `bench staff-import`, not here
        DataDirectory dir = new DataDirectory(root.resolve("a"));
        try (Database db = Database.open(dir)) {
            TestStores.insertStaff(db, 10_000, 20_000);
            assertThat(db.dsl().fetchCount(db.dsl().selectFrom("AUDIT_ENTRY").where("ENTITY = 'staff'"))).isEqualTo(20_000);
            AuditReport report = new AuditStore(db).verify();
            assertThat(report.problems()).isEmpty();
        }
    }
}
