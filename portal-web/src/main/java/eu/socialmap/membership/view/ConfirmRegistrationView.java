package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Registrations;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The link of the confirmation mail ({@code /registration/confirm?token=…}). */
@Named
@RequestScoped
public class ConfirmRegistrationView {

    @Inject
    Registrations registrations;

    @Inject
    Notices notices;

    private String token;
    private boolean confirmed;
    private String email;

    public void confirm() {
        if (token == null) {
            return; // opened from the sign-in page to ask for a new link
        }
        try {
            String organisation = registrations.confirm(token);
            confirmed = true;
            notices.info("membership.register.confirmed", organisation);
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    /** The form under a refused link: a new link to the address, said the same way whether or not it exists. */
    public void resend() {
        registrations.resendConfirmation(email);
        notices.info("membership.register.resent", email);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
