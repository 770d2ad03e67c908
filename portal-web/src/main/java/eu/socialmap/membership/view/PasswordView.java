package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Passwords;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Choosing a password with the link of an e-mail ({@code /password?token=…}). */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    Passwords passwords;

    @Inject
    LanguageSelection language;

    @Inject
    FacesContext faces;

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
            refuse(e);
        }
    }

    public String save() {
        usable = true; // a postback: the link was usable when the form was shown
        if (password == null || !password.equals(confirmation)) {
            error("membership.password.mismatch");
            return null;
        }
        try {
            String email = passwords.setPassword(token, password);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.get(language.getLanguage(), "membership.password.done"), null));
            return "/login?faces-redirect=true&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        } catch (BusinessException e) {
            refuse(e);
            usable = !e.messageKey().startsWith("membership.token.");
            return null;
        }
    }

    private void refuse(BusinessException e) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.get(language.getLanguage(), e.messageKey(), e.arguments()), null));
    }

    private void error(String key) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.get(language.getLanguage(), key), null));
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
