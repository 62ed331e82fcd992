package id.netra.safety.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Column names (in table order) and primary-key positions of one table, read from H2's catalogue. */
record TableShape(String table, List<String> columns, List<String> rawColumns, int[] keyIndexes) {

    static TableShape read(Connection c, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    raw.add(rs.getString(1));
                    columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Integer> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT K.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS T"
                + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K ON K.CONSTRAINT_SCHEMA = T.CONSTRAINT_SCHEMA"
                + " AND K.CONSTRAINT_NAME = T.CONSTRAINT_NAME"
                + " WHERE T.TABLE_SCHEMA = ? AND T.TABLE_NAME = ? AND T.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                + " ORDER BY K.ORDINAL_POSITION")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(columns.indexOf(rs.getString(1).toLowerCase(Locale.ROOT)));
                }
            }
        }
        if (keys.isEmpty()) {
            for (int i = 0; i < columns.size(); i++) {
                keys.add(i);
            }
        }
        return new TableShape(table.toLowerCase(Locale.ROOT), List.copyOf(columns), List.copyOf(raw),
                keys.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The key columns, for ORDER BY. */
    String keyList() {
        StringBuilder sb = new StringBuilder();
        for (int i : keyIndexes) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"').append(rawColumns.get(i).replace("\"", "\"\"")).append('"');
        }
        return sb.toString();
    }
}
