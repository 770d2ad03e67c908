package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Who is calling: the signed-in person's account, read in the caller's transaction. Services decide with it
 * what the person may do beyond her roles (her own organisation only).
 */
@Stateless
@PermitAll
public class Callers {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Resource
    SessionContext session;

    public Optional<Account> signedIn() {
        if (session.getCallerPrincipal() == null || "ANONYMOUS".equals(session.getCallerPrincipal().getName())) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(session.getCallerPrincipal().getName()))
                .getResultStream().findFirst();
    }

    /** The signed-in person; a refusal for a visitor (pages and resources are protected before this anyway). */
    public Account current() {
        return signedIn().orElseThrow(
                () -> new BusinessException(BusinessException.Kind.FORBIDDEN, "problem.unauthorized.title"));
    }

    /**
     * The signed-in person, if she holds one of these roles now. The container checked the roles of her sign-in
     * ({@code @RolesAllowed}); this checks the database, so a role taken away works at once, not at her next
     * sign-in.
     */
    public Account withRole(Role... roles) {
        Account caller = current();
        for (Role role : roles) {
            if (caller.has(role)) {
                return caller;
            }
        }
        throw new BusinessException(BusinessException.Kind.FORBIDDEN, "problem.forbidden.title");
    }

    /** The signed-in person, if she administers the organisation; otherwise a refusal that names no data. */
    public Account administratorOf(long organisation) {
        Account caller = current();
        if (!caller.isAdministratorOf(organisation)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        return caller;
    }
}
