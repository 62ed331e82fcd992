package id.netra.reports.domain;

import java.time.OffsetDateTime;
import java.time.YearMonth;

/** One line of the register of reports generated: what, when, where to, and the file's SHA-256. */
public record GeneratedReport(long id, YearMonth month, long periodId, OffsetDateTime generatedAt, String fileName,
                              String sha256) {
}
