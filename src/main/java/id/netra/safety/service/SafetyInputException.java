package id.netra.safety.service;

import id.netra.i18n.UserMessage;

/** Input the clerk must correct (user name, password length...). */
public final class SafetyInputException extends RuntimeException implements UserMessage {

    private final String key;
    private final Object[] args;

    public SafetyInputException(String key, Object... args) {
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
