package id.netra.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The single door to user-visible text. Indonesian is the default; English exists for the
 * maintainers and for the odd Sekda staffer who asks. Keys are looked up in
 * {@code id/netra/i18n/messages*.properties}.
 */
public final class Messages {

    public static final String BUNDLE = "id.netra.i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private static volatile Locale locale = INDONESIAN;
    private static volatile ResourceBundle bundle = load(INDONESIAN);

    private Messages() {
    }

    private static ResourceBundle load(Locale l) {
        // ROOT fallback means messages.properties is never consulted: an unknown locale gets Indonesian
        return ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** "id" (default) or "en"; anything else falls back to Indonesian. */
    public static void setLocale(Locale newLocale) {
        Locale chosen = "en".equals(newLocale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
        bundle = load(chosen);
        locale = chosen;
    }

    public static Locale locale() {
        return locale;
    }

    /**
     * Makes the screens' language the JVM's format locale too: JavaFX's date picker names months and
     * weekdays after it, and on a PC set to English it would show "January" beside Indonesian labels.
     */
    public static void useForFormats() {
        Locale.setDefault(Locale.Category.FORMAT, locale);
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    public static String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // visible but not fatal: the consistency test catches missing keys before they ship
            return "!" + key + "!";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
