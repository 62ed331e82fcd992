package id.netra.staff.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares repeated short cell texts ("PNS Daerah", "Aktif", a unit name, the empty string): an export
 * of 20,000 rows by 66 columns is mostly the same few values, and one copy each keeps the heap small.
 */
final class StringPool {

    private static final int MAX_LENGTH = 40;
    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, String> pool = new HashMap<>();

    String share(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (s.length() > MAX_LENGTH) {
            return s;
        }
        String shared = pool.get(s);
        if (shared != null) {
            return shared;
        }
        if (pool.size() < MAX_ENTRIES) {
            pool.put(s, s);
        }
        return s;
    }
}
