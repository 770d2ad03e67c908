package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The platform administrator's list of accounts, a page at a time. */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class AccountDirectory {

    public static final int PAGE_SIZE = 50;

    /** One line of the list: no password hash ever leaves the boundary. */
    public record AccountSummary(String email, String displayName, Set<Role> roles, Instant lastSignInAt) {
    }

    /** A page of the list and the total, for paging. */
    public record Page(List<AccountSummary> accounts, long total, int page, int pageCount) {
    }

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    public Page list(int page) {
        long total = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        Paging paging = Paging.of(page, total, PAGE_SIZE);
        // Roles are an eager collection: fetch them in the same query, not one query per account.
        List<AccountSummary> accounts = em.createQuery(
                        "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles ORDER BY a.email", Account.class)
                .setFirstResult(paging.firstResult())
                .setMaxResults(PAGE_SIZE)
                .getResultList().stream()
                .map(a -> new AccountSummary(a.getEmail(), a.getDisplayName(), a.getRoles(), a.getLastSignInAt()))
                .toList();
        return new Page(accounts, total, paging.page(), paging.pageCount());
    }
}
