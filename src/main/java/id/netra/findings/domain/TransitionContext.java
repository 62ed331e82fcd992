package id.netra.findings.domain;

import java.time.LocalDate;

/**
 * What the rules need to know about the case being moved: where it is, when it became known (no
 * step can predate that), who is involved (ASN get sanctions, non-ASN contract measures) and the
 * decision already recorded (closing needs it delivered).
 */
public record TransitionContext(CaseStatus current, LocalDate dateKnown, boolean anyAsn, boolean anyNonAsn,
        Decision currentDecision) {
}
