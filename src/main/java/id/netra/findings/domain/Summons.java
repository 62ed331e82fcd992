package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Surat panggilan: the superior's written summons to be examined on {@code scheduledDate}. */
public record Summons(int sequence, String letterNumber, LocalDate issuedDate, LocalDate scheduledDate,
        SummonsAttendance attendance) {

    public Summons {
        if (sequence != 1 && sequence != 2) {
            throw new IllegalArgumentException("summons I or II: " + sequence);
        }
        Objects.requireNonNull(issuedDate, "issuedDate");
        Objects.requireNonNull(scheduledDate, "scheduledDate");
        attendance = attendance == null ? SummonsAttendance.PENDING : attendance;
        letterNumber = letterNumber == null ? "" : letterNumber.strip();
    }
}
