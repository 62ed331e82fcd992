package id.netra.staff.store;

import org.jooq.exception.IntegrityConstraintViolationException;

import id.netra.i18n.LocalizedRuntimeException;

/** Saving would give a second person the same NIP / NI PPPK, NIK or internal number. */
public final class DuplicateNumberException extends LocalizedRuntimeException {

    private static final long serialVersionUID = 1L;

    /** SQL state of a unique-key violation; check and foreign-key failures are other problems. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateNumberException(Throwable cause) {
        super("staff.error.duplicateNumber");
        initCause(cause);
    }

    /** The clerk's sentence for a duplicate number, or {@code e} itself when it is another violation. */
    static RuntimeException of(IntegrityConstraintViolationException e) {
        return UNIQUE_VIOLATION.equals(e.sqlState()) ? new DuplicateNumberException(e) : e;
    }

    @Override
    public String getLocalizedMessage() {
        return localized();
    }
}
