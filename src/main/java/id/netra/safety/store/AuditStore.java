package id.netra.safety.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import id.netra.db.Database;
import id.netra.safety.domain.AuditAction;
import id.netra.safety.domain.AuditChain;
import id.netra.safety.domain.AuditEntry;
import id.netra.safety.domain.AuditFilter;
import id.netra.safety.domain.AuditProblem;
import id.netra.safety.domain.AuditReport;

/** Reads the audit log: the chain check, the row check, and the viewer's queries. */
public final class AuditStore {

    private static final String COLUMNS = "SEQ, AT, ACTOR, OUTSIDE_APP, ACTION, ENTITY, ENTITY_ID, BEFORE_IMAGE,"
            + " AFTER_IMAGE, PREV_HASH, ENTRY_HASH";

    private final Database db;

    public AuditStore(Database db) {
        this.db = db;
    }

    /**
     * Checks every link of the chain, then compares each audited table with the last state the log
     * recorded for it: this also catches changes made while the triggers were bypassed or dropped.
     */
    public AuditReport verify() {
        return db.dsl().connectionResult(c -> {
            AuditChain chain = new AuditChain();
            // latest known image per entity and id; null value = deleted
            Map<String, Map<String, String>> latest = new HashMap<>();
            Map<String, Long> latestSeq = new HashMap<>();
            forEach(c, "SELECT " + COLUMNS + " FROM AUDIT_ENTRY ORDER BY SEQ", List.of(), e -> {
                chain.accept(e);
                latest.computeIfAbsent(e.entity(), k -> new HashMap<>()).put(e.entityId(), e.afterImage());
                latestSeq.put(e.entity() + "\u0000" + e.entityId(), e.seq());
            });
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT LAST_SEQ, LAST_HASH FROM AUDIT_HEAD WHERE ID = 1")) {
                if (rs.next()) {
                    chain.finish(rs.getLong(1), rs.getString(2));
                }
            }
            List<AuditProblem> problems = new ArrayList<>(chain.problems());
            for (String table : AuditTriggers.auditedTables(c)) {
                TableShape shape = TableShape.read(c, AuditTriggers.SCHEMA, table);
                Map<String, String> expected = new HashMap<>(latest.getOrDefault(shape.table(), Map.of()));
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY " + shape.keyList())) {
                    int n = shape.columns().size();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        String id = RowImages.id(shape.keyIndexes(), row);
                        String image = RowImages.image(shape.columns(), row);
                        boolean known = expected.containsKey(id);
                        String last = expected.remove(id);
                        if (!known || last == null) {
                            problems.add(new AuditProblem(AuditProblem.Kind.ROW_ADDED,
                                    latestSeq.getOrDefault(shape.table() + "\u0000" + id, 0L), shape.table(), id));
                        } else if (!last.equals(image)) {
                            problems.add(new AuditProblem(AuditProblem.Kind.ROW_CHANGED,
                                    latestSeq.get(shape.table() + "\u0000" + id), shape.table(), id));
                        }
                    }
                }
                // what is left and not marked deleted was removed behind the log's back
                for (String id : new TreeSet<>(expected.keySet())) {
                    if (expected.get(id) != null) {
                        problems.add(new AuditProblem(AuditProblem.Kind.ROW_DELETED,
                                latestSeq.get(shape.table() + "\u0000" + id), shape.table(), id));
                    }
                }
            }
            return new AuditReport(OffsetDateTime.now(), chain.count(), problems);
        });
    }

    /** Newest first, filtered as the viewer asks. */
    public List<AuditEntry> find(AuditFilter f) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM AUDIT_ENTRY WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.entity() != null && !f.entity().isBlank()) {
            sql.append(" AND ENTITY = ?");
            args.add(f.entity().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" AND LOWER(ACTOR) LIKE ?");
            args.add("%" + f.actor().trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (f.from() != null) {
            sql.append(" AND AT >= ?");
            args.add(f.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (f.to() != null) {
            sql.append(" AND AT < ?");
            args.add(f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        sql.append(" ORDER BY SEQ DESC LIMIT ").append(Math.max(1, f.limit()));
        return db.dsl().connectionResult(c -> {
            List<AuditEntry> out = new ArrayList<>();
            forEach(c, sql.toString(), args, out::add);
            return out;
        });
    }

    /**
     * The entity names for the viewer's filter: the audited tables. (Asking the log for its distinct
     * entities read every entry with its images: the log has no index.)
     */
    public List<String> entities() {
        return db.dsl().connectionResult(c -> AuditTriggers.auditedTables(c).stream()
                .map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList());
    }

    /** Sequence number of the newest entry: a backup whose manifest has the same number saw every change. */
    public long headSeq() {
        return db.dsl().connectionResult(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT LAST_SEQ FROM AUDIT_HEAD WHERE ID = 1")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private static void forEach(Connection c, String sql, List<Object> args, Consumer<AuditEntry> sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getBoolean(4), AuditAction.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), Objects.requireNonNullElse(rs.getString(11), "")));
                }
            }
        }
    }
}
