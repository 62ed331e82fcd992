package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A non-working weekday (or a weekend date, harmlessly) in the editable holiday list. */
public record Holiday(LocalDate date, String name, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
