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
}
