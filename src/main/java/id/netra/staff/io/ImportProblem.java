package id.netra.staff.io;

import java.util.Arrays;

import id.netra.i18n.UserMessage;

/**
 * A whole file that cannot be imported (empty, not a spreadsheet, locked by a password...). Row-level
 * problems are {@link RowIssue}s instead: they reject a row, not the file.
 */
public final class ImportProblem extends Exception implements UserMessage {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public ImportProblem(String key, Object... args) {
        this(null, key, args);
    }

    public ImportProblem(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String messageKey() {
        return key;
    }

    @Override
    public Object[] messageArgs() {
        return args.clone();
    }

    @Override
    public String getLocalizedMessage() {
        return localized();
    }
}
