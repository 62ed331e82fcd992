package id.netra.reports.domain;

import java.time.LocalDate;

/**
 * One ikrar assembly held in the month with its attendance: present (hadir), excused (izin, sakit)
 * and absent without word (tanpa keterangan).
 */
public record PledgeEventRow(LocalDate heldOn, String place, String ledBy, int present, int excused, int absent) {

}
