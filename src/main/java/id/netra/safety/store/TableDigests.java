package id.netra.safety.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.netra.safety.domain.Sha256;

/**
 * Row count and SHA-256 of every table's rows in key order: two stores with equal digests hold the
 * same data. Backups record them; restore and verification recompute them on the replayed copy.
 */
final class TableDigests {

    record Result(Map<String, Integer> counts, Map<String, String> digests) {
    }

    private TableDigests() {
    }

    static Result of(Connection c) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : tables(c)) {
            TableShape shape = TableShape.read(c, AuditTriggers.SCHEMA, table);
            MessageDigest md = Sha256.digest();
            int n = 0;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + shape.keyList())) {
                int width = shape.columns().size();
                Object[] row = new Object[width];
                while (rs.next()) {
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    md.update(RowImages.image(shape.columns(), row).getBytes(StandardCharsets.UTF_8));
                    md.update((byte) '\n');
                    n++;
                }
            }
            String name = table.toLowerCase(Locale.ROOT);
            counts.put(name, n);
            digests.put(name, HexFormat.of().formatHex(md.digest()));
        }
        return new Result(counts, digests);
    }

    private static java.util.List<String> tables(Connection c) throws SQLException {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            ps.setString(1, AuditTriggers.SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
