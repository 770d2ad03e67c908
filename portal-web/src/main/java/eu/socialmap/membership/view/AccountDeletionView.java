package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.PersonalData;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/** The person deletes her own account, after typing her password; she is signed out at once. */
@Named
@RequestScoped
public class AccountDeletionView {

    @Inject
    PersonalData personalData;

    @Inject
    Notices notices;

    @Inject
    FacesContext faces;

    private String password;

    public void delete() throws IOException, ServletException {
        try {
            personalData.deleteOwnAccount(password);
        } catch (BusinessException refusal) {
            notices.error(refusal);
            return;
        }
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/goodbye");
    }

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
