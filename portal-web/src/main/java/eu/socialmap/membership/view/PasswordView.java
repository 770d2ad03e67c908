package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Passwords;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Choosing a password with the link of an e-mail ({@code /password?token=…}). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    Passwords passwords;

    @Inject
    Notices notices;

    private String token;
    private String password;
    private String confirmation;
    private boolean usable;

    /** f:viewAction: an expired or used link is said at once, before anyone types a password. */
    public void check() {
        try {
            passwords.checkLink(token);
            usable = true;
        } catch (BusinessException e) {
            notices.error(e);
        }
    }

    public String save() {
        usable = true; // a postback: the link was usable when the form was shown
        if (password == null || !password.equals(confirmation)) {
            notices.error("membership.password.mismatch");
            return null;
        }
        try {
            String email = passwords.setPassword(token, password);
            notices.info("membership.password.done");
            notices.keepAcrossRedirect();
            return "/login?faces-redirect=true&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        } catch (BusinessException e) {
            notices.error(e);
            usable = !e.messageKey().startsWith("membership.token.");
            return null;
        }
    }

    public boolean isUsable() {
        return usable;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
