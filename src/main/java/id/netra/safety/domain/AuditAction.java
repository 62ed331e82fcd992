package id.netra.safety.domain;

/** What happened to a row. BASELINE records a row that existed before auditing started on its table. */
public enum AuditAction {
    INSERT, UPDATE, DELETE, BASELINE
}
