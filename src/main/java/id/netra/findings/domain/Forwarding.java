package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A forwarding letter: to whom, when, under which number. */
public record Forwarding(ForwardTarget target, LocalDate letterDate, String letterNumber) {

    public Forwarding {
        Objects.requireNonNull(target, "target");
        letterNumber = letterNumber == null ? "" : letterNumber.strip();
    }
}
