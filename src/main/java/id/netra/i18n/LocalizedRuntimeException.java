package id.netra.i18n;

/** The unchecked twin of {@link LocalizedException}, for input errors thrown through lambdas. */
public class LocalizedRuntimeException extends RuntimeException implements UserMessage {

    private final String key;
    private final transient Object[] args;

    public LocalizedRuntimeException(String key, Object... args) {
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
