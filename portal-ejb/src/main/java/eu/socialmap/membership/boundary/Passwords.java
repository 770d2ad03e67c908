package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.control.PasswordPolicy;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.AccountToken;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Choosing a password through a link sent by e-mail: "password forgotten", and the first password of an account
 * created for someone. A link works once, for a limited time, and only the newest one works.
 */
@Stateless
@PermitAll
public class Passwords {

    public static final Duration RESET_LINK_VALIDITY = Duration.ofHours(1);
    /** More reset mails than this in an hour for one account are not sent (nobody gets flooded). */
    public static final int MAX_RESETS_PER_HOUR = 3;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PasswordHashing hashing;

    @Inject
    PublicUrl publicUrl;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /**
     * Sends a reset link to the address if it belongs to an account. The caller learns nothing either way, so
     * the form cannot be used to find out who has an account.
     */
    public void requestReset(String email) {
        Optional<Account> found = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isEnabled()) {
            return;
        }
        Account account = found.get();
        Instant now = clock.instant();
        long recent = em.createNamedQuery(AccountToken.COUNT_SINCE, Long.class).setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.SET_PASSWORD)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (recent >= MAX_RESETS_PER_HOUR) {
            return;
        }
        String link = issueLink(account, RESET_LINK_VALIDITY);
        mailer.send(account.getEmail(), account.getLanguage(), "mail.passwordReset.subject",
                "mail.passwordReset.body", List.of(account.getDisplayName(), link, RESET_LINK_VALIDITY.toMinutes()));
    }

    /** A new link to choose the account's password; earlier unused links stop working. */
    public String issueLink(Account account, Duration validity) {
        Instant now = clock.instant();
        em.createNamedQuery(AccountToken.EXPIRE_UNUSED).setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.SET_PASSWORD).setParameter("now", now)
                .executeUpdate();
        AccountToken.Issued issued = AccountToken.issue(account, AccountToken.Purpose.SET_PASSWORD, now, validity);
        em.persist(issued.entity());
        return publicUrl.of("/password?token=" + issued.token());
    }

    /** Whether a link can still be used (to show the form, or say at once that it is too late). */
    public void checkLink(String token) {
        AccountToken found = find(token);
        if (found.getUsedAt() != null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.used");
        }
        if (!clock.instant().isBefore(found.getExpiresAt())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.expired");
        }
    }

    /**
     * Sets the password with a link. A refused password leaves the link usable (the transaction rolls back);
     * returns the account's e-mail address, to prefill the sign-in form.
     */
    public String setPassword(String token, String newPassword) {
        Account account = find(token).use(AccountToken.Purpose.SET_PASSWORD, clock.instant());
        PasswordPolicy.check(newPassword, account.getEmail());
        account.changePasswordHash(hashing.hash(newPassword));
        return account.getEmail();
    }

    /**
     * The signed-in person changes her own password. A wrong current password counts as a failed sign-in (the
     * same lock applies, so a left-open session cannot be used to guess it) and returns {@code false}.
     */
    public boolean changeOwn(String currentPassword, String newPassword) {
        String caller = session.getCallerPrincipal() == null ? "" : session.getCallerPrincipal().getName();
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(caller)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN, "problem.forbidden.title"));
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.password.locked");
        }
        if (currentPassword == null || !hashing.matches(currentPassword, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            return false;
        }
        PasswordPolicy.check(newPassword, account.getEmail());
        account.changePasswordHash(hashing.hash(newPassword));
        return true;
    }

    private AccountToken find(String token) {
        return findToken(em, token);
    }

    /** The link's stored token, or a translated refusal when there is none (malformed, forged, or deleted). */
    static AccountToken findToken(EntityManager em, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.token.invalid");
        }
        return em.createNamedQuery(AccountToken.FIND_BY_HASH, AccountToken.class)
                .setParameter("hash", AccountToken.hash(token)).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "membership.token.invalid"));
    }
}
