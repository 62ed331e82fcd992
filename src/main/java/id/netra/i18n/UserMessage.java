package id.netra.i18n;

/**
 * An error or notice that carries a bundle key instead of English text, so the UI and the CLI can
 * say it in the user's language without knowing where it came from.
 */
public interface UserMessage {

    String messageKey();

    Object[] messageArgs();

    default String localized() {
        return Messages.tr(messageKey(), messageArgs());
    }

    /** The sentence for any failure: the first {@code UserMessage} in the cause chain, else a generic one. */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UserMessage um) {
                return um.localized();
            }
        }
        return Messages.tr("error.unexpected", failure.getClass().getSimpleName(),
                failure.getMessage() == null ? "" : failure.getMessage());
    }
}
