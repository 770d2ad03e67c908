package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.Language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of our languages to answer in: the one the person chose (remembered in a cookie), else the first of her
 * browser's preferences that we speak ({@code Accept-Language}, quality values honoured), else French.
 */
public final class LanguageNegotiation {

    /** Name of the cookie that remembers the language chosen with the switch. */
    public static final String COOKIE = "socialmap_lang";

    private LanguageNegotiation() {
    }

    public static Language choose(String chosen, String acceptLanguage) {
        return Language.fromTag(chosen)
                .or(() -> fromAcceptLanguage(acceptLanguage))
                .orElse(Language.DEFAULT);
    }

    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        // parse() sorts by quality; a range of weight 0 means "not this one".
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> Language.fromTag(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
