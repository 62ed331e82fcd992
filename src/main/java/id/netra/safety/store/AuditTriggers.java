package id.netra.safety.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.netra.db.StoreOpenHook;
import id.netra.safety.domain.AuditAction;

/**
 * Runs at every open (registered in META-INF/services): puts {@link AuditTrigger} on each audited
 * table that lacks it. A table seen for the first time gets a BASELINE entry per existing row, so the
 * row check knows what the table held when auditing began.
 */
public final class AuditTriggers implements StoreOpenHook {

    /** The log itself, its head, throttling noise, and history tables that are already a record. */
    private static final Set<String> NOT_AUDITED = Set.of("AUDIT_ENTRY", "AUDIT_HEAD", "LOGIN_THROTTLE",
            "FLYWAY_SCHEMA_HISTORY");

    static final String SCHEMA = "PUBLIC";

    @Override
    public void afterMigrate(Connection c) throws SQLException {
        for (String table : auditedTables(c)) {
            if (!hasTrigger(c, table)) {
                install(c, table);
            }
        }
    }

    static boolean isAudited(String table) {
        String t = table.toUpperCase(Locale.ROOT);
        return !NOT_AUDITED.contains(t) && !t.endsWith("_HISTORY");
    }

    static List<String> auditedTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            ps.setString(1, SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (isAudited(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        return tables;
    }

    private static boolean hasTrigger(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS"
                + " WHERE TRIGGER_SCHEMA = ? AND TRIGGER_NAME = ?")) {
            ps.setString(1, SCHEMA);
            ps.setString(2, triggerName(table));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    static String triggerName(String table) {
        return "AUDIT_" + table.toUpperCase(Locale.ROOT);
    }

    private static void install(Connection c, String table) throws SQLException {
        if (!hasEntries(c, table)) {
            baseline(c, table);
        }
        // a table whose trigger vanished keeps its history: the row check then shows what changed meanwhile
        try (Statement st = c.createStatement()) {
            // a crash between the baseline and this line only means a second baseline next time
            st.execute("CREATE TRIGGER IF NOT EXISTS \"" + triggerName(table) + "\" AFTER INSERT, UPDATE, DELETE ON \""
                    + table + "\" FOR EACH ROW CALL '" + AuditTrigger.class.getName() + "'");
        }
    }

    private static boolean hasEntries(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM AUDIT_ENTRY WHERE ENTITY = ? LIMIT 1")) {
            ps.setString(1, table.toLowerCase(Locale.ROOT));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void baseline(Connection c, String table) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            TableShape shape = TableShape.read(c, SCHEMA, table);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + shape.keyList())) {
                int n = shape.columns().size();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    AuditWriter.append(c, AuditAction.BASELINE, shape.table(), RowImages.id(shape.keyIndexes(), row),
                            null, RowImages.image(shape.columns(), row), "netra:baseline");
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
