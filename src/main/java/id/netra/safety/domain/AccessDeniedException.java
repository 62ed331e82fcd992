package id.netra.safety.domain;

import id.netra.i18n.UserMessage;

/** The current user's role does not allow the action. */
public final class AccessDeniedException extends RuntimeException implements UserMessage {

    private final Permission permission;

    public AccessDeniedException(Permission permission) {
        super("not allowed: " + permission);
        this.permission = permission;
    }

    @Override
    public String messageKey() {
        return "safety.access.denied." + permission.name();
    }

    @Override
    public Object[] messageArgs() {
        return new Object[0];
    }
}
