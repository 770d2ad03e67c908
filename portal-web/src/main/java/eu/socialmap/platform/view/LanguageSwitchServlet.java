package eu.socialmap.platform.view;

import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * The language switch: remembers the chosen language in a cookie for a year and sends the visitor back to the
 * page she was on. A plain link, so it works without JavaScript and on every page, error pages included.
 */
@WebServlet(LanguageSwitchServlet.PATH)
public class LanguageSwitchServlet extends HttpServlet {

    static final String PATH = "/language";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Language> chosen = Language.fromTag(request.getParameter("to"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Cookie cookie = new Cookie(LanguageNegotiation.COOKIE, chosen.get().code());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", LocalRedirect.target(request.getParameter("next"), request.getContextPath()));
    }
}
