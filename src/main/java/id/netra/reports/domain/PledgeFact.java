package id.netra.reports.domain;

import java.time.LocalDate;

/** An ikrar assembly of the period with its attendance counted by kind. */
public record PledgeFact(long id, LocalDate heldOn, String place, String ledBy, int present, int excused,
                         int absent) {
}
