package eu.socialmap.membership.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a visitor who opened a protected page is sent: the sign-in form, told where to go back to. The form then
 * signs in afresh and redirects, so the next request is an ordinary signed-in one (EJB role checks included).
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    HttpServletRequest request;

    public String getForCurrentRequest() {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String next = request.getQueryString() == null ? uri : uri + "?" + request.getQueryString();
        return "/login?next=" + URLEncoder.encode(request.getContextPath() + next, StandardCharsets.UTF_8);
    }
}
