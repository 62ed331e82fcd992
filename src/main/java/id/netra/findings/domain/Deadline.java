package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One running clock of a case, with the note the clerk gave a follow-up. */
public record Deadline(DeadlineKind kind, LocalDate due, String note) {

    public Deadline {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(due);
        note = note == null ? "" : note;
    }
}
