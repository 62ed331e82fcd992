package id.netra.safety.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds, written as manifest.json inside it: enough to trust it (hashes of every part,
 * a digest per table) and to compare it with the current store before restoring (counts).
 */
public record BackupManifest(int format, OffsetDateTime createdAt, String appVersion, String schemaVersion,
                             BackupReason reason, boolean encrypted, long auditHeadSeq,
                             Map<String, Integer> counts, Map<String, String> tableDigests, List<BackupPart> parts) {

    public static final int FORMAT = 1;
    public static final String FILE_NAME = "manifest.json";
    public static final String SCRIPT_NAME = "netra.sql";
    public static final String FILES_PREFIX = "files/";

    public BackupManifest {
        counts = Map.copyOf(counts);
        tableDigests = Map.copyOf(tableDigests);
        parts = List.copyOf(parts);
    }

    public int totalRows() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
