package id.netra.safety.store;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

import id.netra.safety.domain.AuditAction;

/**
 * The H2 row trigger behind the audit log, installed on every audited table by {@link AuditTriggers}.
 * Living in the database means every writer is caught - the other capabilities' stores, the CLI,
 * and plain SQL from another tool (flagged as outside the app) - without any of them calling us.
 */
public final class AuditTrigger implements Trigger {

    private TableShape shape;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        shape = TableShape.read(conn, schemaName, tableName);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String before = oldRow == null ? null : RowImages.image(shape.columns(), oldRow);
        String after = newRow == null ? null : RowImages.image(shape.columns(), newRow);
        AuditAction action = oldRow == null ? AuditAction.INSERT : newRow == null ? AuditAction.DELETE : AuditAction.UPDATE;
        if (action == AuditAction.UPDATE && before.equals(after)) {
            // a save that changed nothing is not a change
            return;
        }
        String id = RowImages.id(shape.keyIndexes(), newRow != null ? newRow : oldRow);
        AuditWriter.append(conn, action, shape.table(), id, before, after, null);
    }
}
