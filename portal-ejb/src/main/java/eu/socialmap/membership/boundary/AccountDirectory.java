package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The platform administrator's list of accounts, a page at a time, and the roles each account holds. */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class AccountDirectory {

    public static final int PAGE_SIZE = 50;

    /** One line of the list: no password hash ever leaves the boundary. */
    public record AccountSummary(String email, String displayName, Set<Role> roles, Instant lastSignInAt)
            implements java.io.Serializable {
    }

    /** A page of the list and the total, for paging. */
    public record Page(List<AccountSummary> accounts, long total, int page, int pageCount) {
    }

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @jakarta.inject.Inject
    AuditTrail audit;

    @jakarta.inject.Inject
    Callers callers;

    /** One account's line, by its address. */
    public AccountSummary find(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst()
                .map(AccountDirectory::summary)
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.account.notFound"));
    }

    /**
     * Gives an account exactly these roles. The last platform administrator keeps that role: without one, nobody
     * could run the portal any more.
     */
    public void changeRoles(String email, Set<Role> roles) {
        Account administrator = callers.withRole(Role.PLATFORM_ADMIN);
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.account.notFound"));
        if (account.getRoles().contains(Role.PLATFORM_ADMIN) && !roles.contains(Role.PLATFORM_ADMIN)) {
            long administrators = em.createNamedQuery(Account.WITH_ROLE, Account.class)
                    .setParameter("role", Role.PLATFORM_ADMIN).getResultList().size();
            if (administrators <= 1) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.roles.lastAdmin");
            }
        }
        Set<Role> before = account.getRoles();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                account.grant(role);
            } else {
                account.revoke(role);
            }
        }
        if (!before.equals(account.getRoles())) {
            // the account's id, not its address: the trail outlives a deleted account without keeping who it was
            audit.record(administrator.getId(), "account.rolesChanged", "account", account.getId(),
                    before + " → " + account.getRoles());
        }
    }

    private static AccountSummary summary(Account a) {
        return new AccountSummary(a.getEmail(), a.getDisplayName(), a.getRoles(), a.getLastSignInAt());
    }

    public Page list(int page) {
        long total = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        Paging paging = Paging.of(page, total, PAGE_SIZE);
        // Roles are an eager collection: fetch them in the same query, not one query per account.
        List<AccountSummary> accounts = em.createQuery(
                        "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles ORDER BY a.email", Account.class)
                .setFirstResult(paging.firstResult())
                .setMaxResults(PAGE_SIZE)
                .getResultList().stream()
                .map(AccountDirectory::summary)
                .toList();
        return new Page(accounts, total, paging.page(), paging.pageCount());
    }
}
