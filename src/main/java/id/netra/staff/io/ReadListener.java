package id.netra.staff.io;

/** Progress and cancel for reading a big file; the wizard adapts its task's progress to this. */
public interface ReadListener {

    ReadListener NONE = new ReadListener() {
    };

    /** {@code done} of {@code total} units (rows or bytes); total &lt;= 0 when unknown. */
    default void progress(long done, long total) {
    }

    default boolean isCancelled() {
        return false;
    }

    /** Throws {@link ImportCancelledException} when the clerk pressed cancel. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
