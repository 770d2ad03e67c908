package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Passwords;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Password forgotten": always the same answer, so the form tells nobody who has an account. */
@Named
@RequestScoped
public class PasswordForgottenView {

    @Inject
    Passwords passwords;

    @Inject
    FacesContext faces;

    private String email;

    public void send() {
        passwords.requestReset(email);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                faces.getApplication().getResourceBundle(faces, "msg").getString("membership.passwordForgotten.sent"),
                null));
        email = null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
