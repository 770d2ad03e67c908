package eu.socialmap.platform.api;

import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/** The language an API answer is written in. */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /** {@code lang} if it is one of ours, else the language switch's cookie, else Accept-Language, else French. */
    public static Language of(String lang, HttpHeaders headers) {
        if (Language.fromTag(lang).isPresent()) {
            return Language.fromTag(lang).get();
        }
        Cookie chosen = headers.getCookies().get(LanguageNegotiation.COOKIE);
        return LanguageNegotiation.choose(chosen == null ? null : chosen.getValue(),
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
