package eu.socialmap.membership.view;

import eu.socialmap.membership.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.Arrays;
import java.util.List;

/** The signed-in person's own page: who they are signed in as, with which roles. */
@Named
@RequestScoped
public class AccountView {

    @Inject
    SecurityContext securityContext;

    public String getEmail() {
        return securityContext.getCallerPrincipal() == null ? "" : securityContext.getCallerPrincipal().getName();
    }

    /** Message keys of the roles held, in the order of {@link Role}. */
    public List<String> getRoleKeys() {
        return Arrays.stream(Role.values()).filter(role -> securityContext.isCallerInRole(role.name()))
                .map(role -> "membership.role." + role.name()).toList();
    }
}
