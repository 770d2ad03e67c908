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

    public void confirm() {
        try {
            String organisation = registrations.confirm(token);
            confirmed = true;
            notices.info("membership.register.confirmed", organisation);
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
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
