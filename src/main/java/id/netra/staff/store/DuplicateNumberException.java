package id.netra.staff.store;

import id.netra.i18n.UserMessage;

/** Saving would give a second person the same NIP / NI PPPK, NIK or internal number. */
public final class DuplicateNumberException extends RuntimeException implements UserMessage {

    private static final long serialVersionUID = 1L;

    public DuplicateNumberException(Throwable cause) {
        super("duplicate identity number", cause);
    }

    @Override
    public String messageKey() {
        return "staff.error.duplicateNumber";
    }

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }

    @Override
    public String getLocalizedMessage() {
        return localized();
    }
}
