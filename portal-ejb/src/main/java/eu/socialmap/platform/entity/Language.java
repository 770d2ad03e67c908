package eu.socialmap.platform.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The three languages the portal speaks. French first: it is the default when nothing else is known. */
public enum Language {
    FR, NL, EN;

    public static final Language DEFAULT = FR;

    private final Locale locale = Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language of a tag such as {@code nl}, {@code nl-BE} or {@code FR}, if it is one of ours. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code().equals(language)).findFirst();
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : fromTag(locale.toLanguageTag()).orElse(DEFAULT);
    }
}
