package id.netra.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work a capability does at the edges of a bulk transaction ({@link Database#inBulkTransaction}): the
 * audit log moves its chain head once at the end instead of once per row. All three run on the
 * transaction's connection; {@link #beforeCommit} may refuse, and the transaction then rolls back.
 * Found with {@link java.util.ServiceLoader} so this package depends on no capability.
 */
public interface BulkWriteHook {

    void begin(Connection connection) throws SQLException;

    void beforeCommit(Connection connection) throws SQLException;

    /** Always runs, after success or failure, still inside the transaction. */
    void end(Connection connection) throws SQLException;
}
