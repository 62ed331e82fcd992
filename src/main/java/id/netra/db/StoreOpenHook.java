package id.netra.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work a capability needs done on every open, after the migrations (the safety capability installs
 * its audit triggers on every table, including tables later migrations add). Found with
 * {@link java.util.ServiceLoader} so this package depends on no capability.
 */
public interface StoreOpenHook {

    void afterMigrate(Connection connection) throws SQLException;
}
