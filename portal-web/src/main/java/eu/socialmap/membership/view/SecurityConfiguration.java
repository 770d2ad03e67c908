package eu.socialmap.membership.view;

import eu.socialmap.membership.entity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in with the portal's own form ({@code /login}); a visitor who opens a protected page is sent there and
 * back. Accounts are checked by {@link eu.socialmap.membership.boundary.AccountIdentityStore}.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "#{loginPage.forCurrentRequest}", useForwardToLogin = false,
                errorPage = ""))
@DeclareRoles({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.GROUP_LEAD,
        Role.Names.COORDINATOR, Role.Names.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {
}
