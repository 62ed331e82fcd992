package id.netra.staff.io;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.staff.domain.StaffField;

/**
 * Which column of the file feeds which roster field. Built automatically from the headings, changed
 * by the clerk in the wizard, and remembered by heading text (not position) so next month's export
 * with the same headings maps the same way even if columns moved.
 */
public final class ColumnMapping {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> header;
    private final Map<StaffField, Integer> columns;

    private ColumnMapping(List<String> header, Map<StaffField, Integer> columns) {
        this.header = List.copyOf(header);
        this.columns = columns.isEmpty() ? new EnumMap<>(StaffField.class) : new EnumMap<>(columns);
    }

    /** Each field takes the first column whose heading is one of its known names. */
    public static ColumnMapping auto(List<String> header) {
        Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            HeaderAliases.fieldFor(header.get(i)).ifPresent(f -> columns.putIfAbsent(f, index));
        }
        return new ColumnMapping(header, columns);
    }

    /** Every field read from the column named after it: how the edit form reuses the import's rules. */
    public static ColumnMapping byFieldName() {
        List<String> header = java.util.Arrays.stream(StaffField.values()).map(Enum::name).toList();
        Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
        for (StaffField f : StaffField.values()) {
            columns.put(f, f.ordinal());
        }
        return new ColumnMapping(header, columns);
    }

    public List<String> header() {
        return header;
    }

    public Optional<Integer> column(StaffField field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean isMapped(StaffField field) {
        return columns.containsKey(field);
    }

    /** Heading of the column feeding {@code field}, for error messages; "" when unmapped. */
    public String heading(StaffField field) {
        Integer c = columns.get(field);
        return c == null ? "" : headingAt(c);
    }

    public String headingAt(int column) {
        return column < header.size() && !header.get(column).isBlank()
                ? header.get(column) : org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }

    public Map<StaffField, Integer> asMap() {
        return Collections.unmodifiableMap(columns);
    }

    /** A copy with {@code field} read from {@code column}, or unmapped when {@code column} is null. */
    public ColumnMapping with(StaffField field, Integer column) {
        Map<StaffField, Integer> copy = new EnumMap<>(StaffField.class);
        copy.putAll(columns);
        if (column == null) {
            copy.remove(field);
        } else {
            // one column feeds one field: taking it away from another field avoids silent doubles
            copy.values().removeIf(c -> c.equals(column));
            copy.put(field, column);
        }
        return new ColumnMapping(header, copy);
    }

    /** {"NIP":"NIP BARU","NAME":"NAMA",...}: headings, so it survives moved columns. */
    public String toJson() {
        Map<String, String> byHeading = new LinkedHashMap<>();
        columns.forEach((f, c) -> byHeading.put(f.name(), c < header.size() ? header.get(c) : ""));
        try {
            return JSON.writeValueAsString(byHeading);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Applies a remembered mapping to a file's header: fields whose heading is present map to it,
     * the rest keep the automatic choice.
     */
    public static ColumnMapping fromJson(String json, List<String> header) {
        ColumnMapping mapping = auto(header);
        Map<String, String> remembered;
        try {
            remembered = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return mapping;
        }
        for (Map.Entry<String, String> e : remembered.entrySet()) {
            StaffField field;
            try {
                field = StaffField.valueOf(e.getKey());
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            String wanted = HeaderAliases.normalise(e.getValue());
            for (int i = 0; i < header.size(); i++) {
                if (!wanted.isEmpty() && HeaderAliases.normalise(header.get(i)).equals(wanted)) {
                    mapping = mapping.with(field, i);
                    break;
                }
            }
        }
        return mapping;
    }

    /** The normalised headings joined: identifies "the same kind of file" for remembering a mapping. */
    public String headerSignature() {
        StringBuilder b = new StringBuilder();
        for (String h : header) {
            b.append(HeaderAliases.normalise(h)).append('|');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
