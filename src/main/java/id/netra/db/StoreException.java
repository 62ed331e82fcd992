package id.netra.db;

import id.netra.i18n.UserMessage;

/** A store problem the clerk must understand: each kind maps to one Indonesian sentence. */
public final class StoreException extends Exception implements UserMessage {

    public enum Kind {
        ALREADY_RUNNING("store.error.alreadyRunning"),
        CANNOT_OPEN("store.error.cannotOpen"),
        CORRUPT("store.error.corrupt"),
        NEWER_SCHEMA("store.error.newerSchema"),
        WRONG_PASSWORD("store.error.wrongPassword"),
        /** A command line opened an encrypted store without {@link Database#PASSWORD_VARIABLE}. */
        PASSWORD_NEEDED("store.error.passwordNeeded");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Kind kind;
    private final Object[] args;

    public StoreException(Kind kind, String where) {
        this(kind, where, null);
    }

    public StoreException(Kind kind, String where, Throwable cause) {
        super(kind + ": " + where, cause);
        this.kind = kind;
        this.args = new Object[] {where};
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String messageKey() {
        return kind.messageKey;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
