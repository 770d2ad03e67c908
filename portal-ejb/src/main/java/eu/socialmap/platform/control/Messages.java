package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.Language;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's words in French, Dutch and English ({@code i18n/messages_*.properties}), for code that speaks
 * outside a page: API errors, and later e-mails. Pages read the same bundles as {@code #{msg}}.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";
    /** The network's time zone: every date a person reads is a Brussels date. */
    public static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Brussels");

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
        Object[] values = arguments.stream().map(argument -> readable(language, argument)).toArray();
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    /** Moments and dates as people of the network read them: Brussels time, in the format of their language. */
    private static Object readable(Language language, Object argument) {
        if (argument instanceof Instant instant) {
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(language.locale()).withZone(NETWORK_ZONE).format(instant);
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
        }
        return argument;
    }

    public static String get(Language language, String key) {
        return get(language, key, List.of());
    }
}
