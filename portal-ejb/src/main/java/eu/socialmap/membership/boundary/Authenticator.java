package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an e-mail address and password, and keeps count of failures so that guessing is throttled
 * ({@link Account#recordFailedSignIn}). The failure count is saved even when the sign-in is refused.
 */
@Stateless
@PermitAll
public class Authenticator {

    /** Who signed in, with the roles the pages and services check. */
    public record SignedIn(String email, String displayName, Set<Role> roles) {
    }

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    Clock clock = Clock.systemUTC();

    public Optional<SignedIn> signIn(String email, String password) {
        if (email == null || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> found = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
        if (found.isEmpty()) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!account.maySignIn(now)) {
            passwords.verifyDecoy(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            return Optional.empty();
        }
        account.recordSuccessfulSignIn(now);
        return Optional.of(new SignedIn(account.getEmail(), account.getDisplayName(), account.getRoles()));
    }
}
