package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Passwords;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Password forgotten": always the same answer, so the form tells nobody who has an account. */
@Named
@RequestScoped
public class PasswordForgottenView {

    @Inject
    Passwords passwords;

    @Inject
    Notices notices;

    private String email;

    public void send() {
        passwords.requestReset(email);
        notices.info("membership.passwordForgotten.sent");
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
