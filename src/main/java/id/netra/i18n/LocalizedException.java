package id.netra.i18n;

/**
 * A checked failure the clerk must read: a bundle key and its arguments. Capabilities subclass it
 * to name their own kind of problem ({@code ReportException}, {@code SampleException}...).
 */
public class LocalizedException extends Exception implements UserMessage {

    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, Object... args) {
        super(key);
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
}
