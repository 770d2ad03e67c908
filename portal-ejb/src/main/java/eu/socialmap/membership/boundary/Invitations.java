package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The platform administrator invites a person (a coordinator, say): an account with its roles and no password,
 * and a mail, in that person's language, with a link to choose one.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class Invitations {

    public static final Duration LINK_VALIDITY = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Mailer mailer;

    Clock clock = Clock.systemUTC();

    public void invite(String email, String displayName, Language language, Set<Role> roles) {
        String address = Account.normaliseEmail(email);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.email.invalid");
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new BusinessException(BusinessException.Kind.INVALID, "membership.name.invalid");
        }
        boolean taken = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", address)
                .getResultStream().findAny().isPresent();
        if (taken) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.email.taken", address);
        }
        Account account = new Account(address, displayName, language, clock.instant());
        roles.forEach(account::grant);
        em.persist(account);
        String link = passwords.issueLink(account, LINK_VALIDITY);
        mailer.send(address, language, "mail.invitation.subject", "mail.invitation.body",
                List.of(account.getDisplayName(), link, LINK_VALIDITY.toDays()));
    }
}
