package id.netra.safety.domain;

/**
 * One thing the audit check found wrong. {@code seq} is the first entry involved (0 when none), the
 * entity and id name the row. Each kind has one sentence in the bundle, keyed by the kind name (see {@link #messageKey()}).
 */
public record AuditProblem(Kind kind, long seq, String entity, String entityId) {

    public enum Kind {
        /** An entry's content no longer matches its hash: it was edited. */
        ENTRY_ALTERED,
        /** An entry does not link to the one before it, or a number is missing: entries were removed. */
        CHAIN_BROKEN,
        /** The newest entries were removed (the head remembers more than the log holds). */
        TAIL_REMOVED,
        /** A change recorded from a connection that was not Netra (plain SQL, another tool). */
        OUTSIDE_APP,
        /** A row differs from the last state the log recorded: changed with auditing bypassed. */
        ROW_CHANGED,
        /** A row the log says exists is gone. */
        ROW_DELETED,
        /** A row exists that the log never saw. */
        ROW_ADDED
    }

    public String messageKey() {
        return "safety.audit.problem." + kind.name();
    }
}
