package id.netra.safety.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import id.netra.db.BulkWriteHook;

/** Puts the audit trigger into bulk mode for a bulk transaction (see {@link AuditWriter}). */
public final class AuditBulkHook implements BulkWriteHook {

    @Override
    public void begin(Connection c) throws SQLException {
        AuditWriter.forgetBulk(c);
        set(c, "TRUE");
    }

    @Override
    public void beforeCommit(Connection c) throws SQLException {
        AuditWriter.finishBulk(c);
    }

    @Override
    public void end(Connection c) throws SQLException {
        AuditWriter.forgetBulk(c);
        set(c, "NULL");
    }

    private static void set(Connection c, String value) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET @" + AuditWriter.BULK_VARIABLE + " = " + value);
        }
    }
}
