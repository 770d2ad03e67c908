package eu.socialmap.platform.view;

import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The language of this request (switch cookie, else browser, else French) and the links of the language switch.
 * Request-scoped and read from the request itself: anonymous visitors get no HTTP session just for a language.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    /** One entry of the language switch: the language named in itself, and where the link goes. */
    public record Choice(String code, String nativeName, String href, boolean current) {
    }

    @Inject
    HttpServletRequest request;

    private Language language;

    @PostConstruct
    void negotiate() {
        language = LanguageNegotiation.choose(cookieValue(), request.getHeader("Accept-Language"));
    }

    public Language getLanguage() {
        return language;
    }

    public Locale getLocale() {
        return language.locale();
    }

    public String getCode() {
        return language.code();
    }

    public List<Choice> getChoices() {
        String next = URLEncoder.encode(currentAddress(), StandardCharsets.UTF_8);
        return Arrays.stream(Language.values())
                .map(l -> new Choice(l.code(), nativeName(l),
                        request.getContextPath() + LanguageSwitchServlet.PATH + "?to=" + l.code() + "&next=" + next,
                        l == language))
                .toList();
    }

    static String nativeName(Language language) {
        return switch (language) {
            case FR -> "Français";
            case NL -> "Nederlands";
            case EN -> "English";
        };
    }

    /** The address the visitor asked for, also on an error page (where the request was forwarded). */
    private String currentAddress() {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (errorUri != null) {
            return errorUri.toString();
        }
        String uri = forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        Object forwardQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardUri != null ? (forwardQuery == null ? null : forwardQuery.toString())
                : request.getQueryString();
        return query == null ? uri : uri + "?" + query;
    }

    private String cookieValue() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> LanguageNegotiation.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
