package id.netra.findings.print;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words for documents. Official papers are written in Bahasa Indonesia whatever language the
 * screens use (UU 24/2009 Pasal 27), so this reads the Indonesian bundle directly.
 */
public final class DocumentText {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("id.netra.i18n.messages", ID,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DocumentText() {
    }

    public static String tr(String key, Object... args) {
        String p = BUNDLE.getString(key);
        return args.length == 0 ? p : new MessageFormat(p, ID).format(args);
    }
}
