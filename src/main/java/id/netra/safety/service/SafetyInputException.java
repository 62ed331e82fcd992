package id.netra.safety.service;

import id.netra.i18n.LocalizedRuntimeException;

/** Input the clerk must correct (user name, password length...). */
public final class SafetyInputException extends LocalizedRuntimeException {

    public SafetyInputException(String key, Object... args) {
        super(key, args);
    }
}
