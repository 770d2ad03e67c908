package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Passwords;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Arrays;
import java.util.List;

/** The signed-in person's own page: who she is signed in as, with which roles; changing her password. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    SecurityContext securityContext;

    @Inject
    Passwords passwords;

    @Inject
    Notices notices;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            notices.error("membership.password.mismatch");
            return;
        }
        try {
            if (passwords.changeOwn(currentPassword, newPassword)) {
                notices.info("membership.password.changed");
            } else {
                notices.error("membership.password.currentWrong");
            }
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getEmail() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    /** Message keys of the roles held, in the order of {@link Role}. */
    public List<String> getRoleKeys() {
        return Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.name()))
                .map(role -> "membership.role." + role.name()).toList();
    }
}
