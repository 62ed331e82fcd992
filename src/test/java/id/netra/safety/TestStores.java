package id.netra.safety;

import static id.netra.db.schema.Tables.STAFF;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;


import id.netra.db.DataDirectory;
import id.netra.db.Database;

/** Helpers shared by the safety tests: bulk rows and a raw connection "outside the app". */
final class TestStores {

    private TestStores() {
    }

    /** Inserts {@code n} non-ASN staff in one transaction, ids from {@code start}. */
    static void insertStaff(Database db, int start, int n) {
        OffsetDateTime now = OffsetDateTime.now();
        db.inTransactionRun(ctx -> {
            List<org.jooq.Query> batch = new ArrayList<>();
            for (int i = start; i < start + n; i++) {
                batch.add(ctx.insertInto(STAFF, STAFF.KIND, STAFF.INTERNAL_NO, STAFF.NAME, STAFF.CREATED_AT, STAFF.UPDATED_AT)
                        .values("NON_ASN", "T-" + i, "Pegawai Uji " + i, now, now));
            }
            ctx.batch(batch).execute();
        });
    }

    /** Plain JDBC on the store file, as another tool would do it: no Netra session variable. */
    static Connection outsideConnection(DataDirectory dir) throws SQLException {
        return DriverManager.getConnection(Database.url(dir.databaseBase(), false), "sa", "");
    }

}
