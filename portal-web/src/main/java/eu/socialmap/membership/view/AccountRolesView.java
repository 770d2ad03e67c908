package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.AccountDirectory;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Administration: the roles of one account ({@code /admin/account?email=…}). View-scoped: the form is shown only
 * for an account that was found, and must still be there when it is posted.
 */
@Named
@ViewScoped
public class AccountRolesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountDirectory directory;

    @Inject
    Notices notices;

    private String email;
    private AccountDirectory.AccountSummary account;
    private List<String> roles = new ArrayList<>();

    /** f:viewAction (not on postback: the posted checkboxes must win). */
    public void load() {
        try {
            account = directory.find(email);
            roles = account.roles().stream().map(Role::name).toList();
        } catch (BusinessException refusal) {
            notices.error(refusal);
        }
    }

    public String save() {
        try {
            Set<Role> granted = EnumSet.noneOf(Role.class);
            roles.forEach(role -> granted.add(Role.valueOf(role)));
            directory.changeRoles(email, granted);
            notices.info("admin.roles.saved", email);
            notices.keepAcrossRedirect();
            return "/admin/index?faces-redirect=true";
        } catch (BusinessException refusal) {
            notices.error(refusal);
            account = directory.find(email);
            return null;
        }
    }

    public List<String> getAllRoles() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public AccountDirectory.AccountSummary getAccount() {
        return account;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
