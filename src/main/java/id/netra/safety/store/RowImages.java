package id.netra.safety.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.safety.domain.Sha256;

/**
 * A row as the audit log keeps it: a JSON object of column name to text. The trigger (values H2
 * hands it) and the row check (values read back with getObject) produce the same text because both
 * get H2's default JDBC objects; binary values are kept as their SHA-256, not the bytes.
 */
final class RowImages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowImages() {
    }

    static String image(List<String> columns, Object[] row) throws SQLException {
        // written field by field: the same text as the mapper gives for an ordered map of the
        // columns, without building that map for each of an import's 20,000 rows
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                String value = text(row[i]);
                if (value == null) {
                    g.writeNullField(columns.get(i));
                } else {
                    g.writeStringField(columns.get(i), value);
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new SQLException("audit image", e);
        }
        return out.toString();
    }

    /** The entity id: primary-key values joined with commas (all columns when a table has no key). */
    static String id(int[] keyIndexes, Object[] row) throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < keyIndexes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(text(row[keyIndexes[i]]));
        }
        return sb.toString();
    }

    static String text(Object v) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] bytes) {
            return "sha256:" + Sha256.hex(bytes);
        }
        if (v instanceof Blob blob) {
            try (InputStream in = blob.getBinaryStream()) {
                return "sha256:" + Sha256.hex(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (v instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }
}
