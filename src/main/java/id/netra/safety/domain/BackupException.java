package id.netra.safety.domain;

import id.netra.i18n.UserMessage;

/** A backup that cannot be made, trusted or restored, with the sentence that says why. */
public final class BackupException extends Exception implements UserMessage {

    public enum Kind {
        /** The file is empty. */
        EMPTY,
        /** Not a Netra backup, or cut short (truncated zip, no manifest). */
        NOT_A_BACKUP,
        /** A part the manifest lists is missing from the archive. */
        PART_MISSING,
        /** A part's content differs from its recorded hash. */
        PART_DAMAGED,
        /** Made by a newer Netra (schema number above ours). */
        NEWER_SCHEMA,
        /** The backup replays, but its tables differ from what the manifest recorded. */
        CONTENT_MISMATCH,
        /** The live store could not be read completely: no backup written, nothing rotated. */
        LIVE_STORE_DAMAGED,
        /** The backup was made from an encrypted store and needs its password. */
        NEEDS_PASSWORD,
        /** Reading or writing the file failed. */
        IO
    }

    private final Kind kind;
    private final Object[] args;

    public BackupException(Kind kind, String where, Throwable cause) {
        super(kind + ": " + where, cause);
        this.kind = kind;
        this.args = new Object[] {where};
    }

    public BackupException(Kind kind, String where) {
        this(kind, where, null);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public String messageKey() {
        return "safety.backup.error." + kind.name();
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }
}
