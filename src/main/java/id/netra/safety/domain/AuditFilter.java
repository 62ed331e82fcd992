package id.netra.safety.domain;

import java.time.LocalDate;

/** What the viewer asks for; null fields mean "any". */
public record AuditFilter(String entity, String actor, LocalDate from, LocalDate to, int limit) {

}
