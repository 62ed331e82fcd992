package id.netra.safety;

import static id.netra.db.schema.Tables.SUB_UNIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.bench.FictionalRoster;
import id.netra.db.DataDirectory;
import id.netra.db.Database;
import id.netra.safety.domain.AuditFilter;
import id.netra.safety.domain.AuditReport;
import id.netra.safety.store.AuditStore;
import id.netra.staff.io.SiasnCsvWriter;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.RosterStore;

/** The chain stays whole when a bulk transaction moves the head once, and when writers roll back or queue. */
class BulkAuditTest {

    @TempDir
    Path root;

    private Database db;
    private AuditStore audit;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(root.resolve("data")));
        audit = new AuditStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anImportLogsEveryPersonAndTheChainVerifiesAndContinues() throws Exception {
        Path csv = root.resolve("siasn.csv");
        SiasnCsvWriter.write(FictionalRoster.generate(300, 5), "Dinas Pendidikan", csv);
        long before = audit.headSeq();

        new StaffImportService(new RosterStore(db)).importFile(csv, false, LocalDate.of(2026, 11, 26));

        assertThat(audit.find(new AuditFilter("staff", null, null, null, 1000))).hasSize(300);
        long afterImport = audit.headSeq();
        assertThat(afterImport).isGreaterThanOrEqualTo(before + 300);
        // an ordinary write after the bulk one chains on from the head the bulk transaction left
        db.dsl().execute("UPDATE STAFF SET POSITION = 'Analis' WHERE ID = (SELECT MIN(ID) FROM STAFF)");
        assertThat(audit.headSeq()).isEqualTo(afterImport + 1);
        AuditReport report = audit.verify();
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(afterImport + 1);
    }

    @Test
    void aBulkWriteWithAStatementThatFailedHalfWayIsRolledBackWhole() {
        long before = audit.headSeq();

        assertThatThrownBy(() -> db.inBulkTransaction(ctx -> {
            ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Satu").execute();
            try {
                // the first row is logged, then the second breaks the unique name: H2 undoes both
                ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Dua").values("Bidang Satu").execute();
            } catch (DataAccessException expected) {
                // a caller that carries on after a failed statement must not leave a hole in the chain
            }
            ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Tiga").execute();
        })).rootCause().hasMessageContaining("audit chain out of step");

        assertThat(db.dsl().fetchCount(SUB_UNIT)).isZero();
        assertThat(audit.headSeq()).isEqualTo(before);
        assertThat(audit.verify().problems()).isEmpty();
    }

    @Test
    void anotherWriterWaitsForTheBulkTransactionAndChainsAfterIt() throws Exception {
        CountDownLatch firstRowLogged = new CountDownLatch(1);
        CountDownLatch otherStarted = new CountDownLatch(1);
        CompletableFuture<Void> bulk = CompletableFuture.runAsync(() -> db.inBulkTransaction(ctx -> {
            ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Satu").execute();
            firstRowLogged.countDown();
            try {
                otherStarted.await(5, TimeUnit.SECONDS);
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Dua").execute();
        }));
        assertThat(firstRowLogged.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
            otherStarted.countDown();
            db.inTransactionRun(ctx -> ctx.insertInto(SUB_UNIT, SUB_UNIT.NAME).values("Bidang Lain").execute());
        });

        bulk.get(20, TimeUnit.SECONDS);
        other.get(20, TimeUnit.SECONDS);

        var entries = audit.find(new AuditFilter("sub_unit", null, null, null, 10));
        // newest first: the other writer's row comes after both of the bulk transaction's
        assertThat(entries).extracting(e -> e.afterImage().contains("Bidang Lain")).containsExactly(true, false, false);
        assertThat(audit.verify().problems()).isEmpty();
    }

    @Test
    void aConnectionWhoseWriteWasRolledBackChainsOnAfterAnotherConnectionsEntry() throws Exception {
        // A writes and rolls back; B writes the same entry number and commits; A writes again
        try (var a = db.dsl().configuration().connectionProvider().acquire();
             var b = db.dsl().configuration().connectionProvider().acquire()) {
            id.netra.db.StoreSession who = db.session();
            for (var c : java.util.List.of(a, b)) {
                try (var st = c.createStatement()) {
                    st.execute("SET @" + id.netra.db.StoreSession.VARIABLE + " = '" + who.encoded() + "'");
                }
            }
            a.setAutoCommit(false);
            try (var st = a.createStatement()) {
                st.executeUpdate("INSERT INTO SUB_UNIT (NAME) VALUES ('Bidang Batal')");
            }
            a.rollback();
            a.setAutoCommit(true);
            try (var st = b.createStatement()) {
                st.executeUpdate("INSERT INTO SUB_UNIT (NAME) VALUES ('Bidang Dua')");
            }
            try (var st = a.createStatement()) {
                st.executeUpdate("INSERT INTO SUB_UNIT (NAME) VALUES ('Bidang Tiga')");
            }
        }
        assertThat(audit.verify().problems()).isEmpty();
    }
}
