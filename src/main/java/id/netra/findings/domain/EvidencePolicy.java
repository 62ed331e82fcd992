package id.netra.findings.domain;

import java.util.List;

/**
 * Intake rules for an evidence file. The limit is 100 MB per file: enough for a screenshot set, a
 * scanned BAP or about a minute and a half of 1080p phone video (the usual recording of a campaign
 * appearance), while keeping the data folder, and the backup that copies it to a flash disk, at a
 * size an office PC handles. Longer recordings should be trimmed to the relevant part, which is also
 * what an examiner wants to watch.
 */
public final class EvidencePolicy {

    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private EvidencePolicy() {
    }

    /**
     * Checks name, size and content; returns the sniffed type or the problems.
     *
     * @param head the first {@link EvidenceType#HEAD_BYTES} bytes (fewer if the file is shorter)
     */
    public static Result check(String fileName, long size, byte[] head) {
        if (size <= 0) {
            return Result.rejected(Problem.of("findings.evidence.error.empty", fileName));
        }
        if (size > MAX_BYTES) {
            return Result.rejected(Problem.of("findings.evidence.error.tooLarge", fileName,
                    megabytes(size), megabytes(MAX_BYTES)));
        }
        String ext = EvidenceType.extensionOf(fileName);
        EvidenceType sniffed = EvidenceType.sniff(head);
        if (sniffed == null) {
            return Result.rejected(Problem.of("findings.evidence.error.unknownType", fileName));
        }
        if (!ext.isEmpty() && !sniffed.acceptsExtension(ext)) {
            return Result.rejected(Problem.of("findings.evidence.error.mismatch", fileName, ext,
                    sniffed.mediaType()));
        }
        return new Result(sniffed, List.of());
    }

    /** "12 KB" under a megabyte, "3.4 MB" above: what a clerk reads on a list of files. */
    public static String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return megabytes(bytes) + " MB";
    }

    public static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }

    public record Result(EvidenceType type, List<Problem> problems) {

        static Result rejected(Problem p) {
            return new Result(null, List.of(p));
        }

        public boolean accepted() {
            return problems.isEmpty();
        }
    }
}
