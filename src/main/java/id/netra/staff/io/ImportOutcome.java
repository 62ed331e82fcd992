package id.netra.staff.io;

/** What importing a row would do. */
public enum ImportOutcome {
    NEW, UPDATE, UNCHANGED, ERROR;

    public String messageKey() {
        return "staff.import.outcome." + name();
    }
}
