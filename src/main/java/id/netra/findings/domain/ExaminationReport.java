package id.netra.findings.domain;

import java.time.LocalDate;

/** BAP (berita acara pemeriksaan): when the examination was recorded and under which number. */
public record ExaminationReport(LocalDate reportDate, String reportNumber, String notes) {
}
