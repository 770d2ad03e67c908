package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.Language;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's words in French, Dutch and English ({@code i18n/messages_*.properties}), for code that speaks
 * outside a page: API errors, and later e-mails. Pages read the same bundles as {@code #{msg}}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message in that language with its arguments filled in; the key itself when it is missing. */
    public static String get(Language language, String key, List<?> arguments) {
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (arguments == null || arguments.isEmpty()) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(arguments.toArray());
    }

    public static String get(Language language, String key) {
        return get(language, key, List.of());
    }
}
