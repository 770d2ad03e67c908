package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.control.PasswordPolicy;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.AccountToken;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An organisation joins the network: it registers with its first account, confirms its e-mail address by link,
 * and a coordinator accepts it (its first person becomes its administrator) or refuses it with a reason. The
 * organisation hears of each step by e-mail, in its own language.
 */
@Stateless
public class Registrations {

    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(2);
    /** More confirmation links than this in an hour for one address are not sent (nobody gets flooded). */
    public static final int MAX_LINKS_PER_HOUR = 3;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PasswordHashing hashing;

    @Inject
    PublicUrl publicUrl;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** The person who registers the organisation: its first account, administrator once accepted. */
    public record FirstPerson(String name, String email, String password, Language language) {
    }

    /** Registers the organisation and sends the confirmation link; every bad field is refused at once. */
    @PermitAll
    public Organisation register(OrganisationDetails details, FirstPerson person) {
        InvalidInput detailErrors = null;
        OrganisationDetails.Checked checked = null;
        try {
            checked = details.check();
        } catch (InvalidInput refused) {
            detailErrors = refused;
        }
        InputCheck input = new InputCheck();
        if (detailErrors != null) {
            detailErrors.fieldErrors().forEach(e -> input.refuse(e.field(), e.messageKey(), e.arguments().toArray()));
        }
        String name = input.text("personName", person.name(), 200, true);
        String email = input.email("personEmail", person.email(), true);
        if (email != null && !email.isEmpty() && accountExists(email)) {
            input.refuse("personEmail", "membership.email.taken", email);
        }
        try {
            PasswordPolicy.check(person.password(), email);
        } catch (BusinessException weak) {
            input.refuse("password", weak.messageKey(), weak.arguments().toArray());
        }
        if (checked != null && checked.number() != null && numberTaken(checked)) {
            input.refuse("enterpriseNumber", "directory.enterpriseNumber.taken");
        }
        input.throwIfAny();

        Instant now = clock.instant();
        Organisation organisation = new Organisation(checked, now);
        em.persist(organisation);
        em.flush(); // the organisation's id, for its first account
        Language language = person.language() == null ? Language.DEFAULT : person.language();
        Account first = Account.awaitingConfirmation(email, name, language, now);
        first.joinOrganisation(organisation.getId());
        first.changePasswordHash(hashing.hash(person.password()));
        em.persist(first);
        sendConfirmationLink(first, organisation, now);
        audit.record(null, "organisation.registered", "organisation", organisation.getId(), organisation.getShortName());
        return organisation;
    }

    /**
     * Sends a new confirmation link (the link expired, or the mail got lost), at most {@value #MAX_LINKS_PER_HOUR}
     * an hour. Says nothing either way, so the form cannot be used to find out who registered.
     */
    @PermitAll
    public void resendConfirmation(String email) {
        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", Account.normaliseEmail(email)).getResultStream().findFirst().orElse(null);
        if (account == null || account.isEnabled() || account.getOrganisationId() == null) {
            return;
        }
        Organisation organisation = em.find(Organisation.class, account.getOrganisationId());
        Instant now = clock.instant();
        long recent = em.createNamedQuery(AccountToken.COUNT_SINCE, Long.class).setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.VERIFY_EMAIL)
                .setParameter("since", now.minus(Duration.ofHours(1))).getSingleResult();
        if (organisation.getStatus() != Organisation.Status.EMAIL_UNVERIFIED || recent >= MAX_LINKS_PER_HOUR) {
            return;
        }
        em.createNamedQuery(AccountToken.EXPIRE_UNUSED).setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.VERIFY_EMAIL).setParameter("now", now).executeUpdate();
        sendConfirmationLink(account, organisation, now);
    }

    private void sendConfirmationLink(Account person, Organisation organisation, Instant now) {
        AccountToken.Issued link = AccountToken.issue(person, AccountToken.Purpose.VERIFY_EMAIL, now, CONFIRMATION_VALIDITY);
        em.persist(link.entity());
        mailer.send(person.getEmail(), person.getLanguage(), "mail.registration.confirm.subject",
                "mail.registration.confirm.body", List.of(person.getDisplayName(), organisation.getShortName(),
                        publicUrl.of("/registration/confirm?token=" + link.token()), CONFIRMATION_VALIDITY.toHours()));
    }

    /**
     * The link of the confirmation mail: the account may sign in, the organisation waits for review and the
     * coordinators are told. Returns the organisation's short name.
     */
    @PermitAll
    public String confirm(String token) {
        Account account = Passwords.findToken(em, token).use(AccountToken.Purpose.VERIFY_EMAIL, clock.instant());
        account.enable();
        Organisation organisation = em.find(Organisation.class, account.getOrganisationId(), LockModeType.PESSIMISTIC_WRITE);
        organisation.confirmEmail();
        for (Account coordinator : em.createNamedQuery(Account.WITH_ROLE, Account.class)
                .setParameter("role", Role.COORDINATOR).getResultList()) {
            mailer.send(coordinator.getEmail(), coordinator.getLanguage(), "mail.registration.toReview.subject",
                    "mail.registration.toReview.body", List.of(coordinator.getDisplayName(),
                            organisation.getLegalName(), publicUrl.of("/coordination/registrations")));
        }
        audit.record(account.getId(), "organisation.emailConfirmed", "organisation", organisation.getId(), null);
        return organisation.getShortName();
    }

    /** The registrations that wait for a coordinator, oldest first (a short queue: reviewed within days). */
    @RolesAllowed(Role.Names.COORDINATOR)
    public List<Organisation> pending() {
        callers.withRole(Role.COORDINATOR);
        return em.createNamedQuery(Organisation.WITH_STATUS, Organisation.class)
                .setParameter("status", Organisation.Status.PENDING).setMaxResults(200).getResultList();
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public void accept(long organisationId) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        Organisation organisation = find(organisationId);
        organisation.accept(clock.instant());
        List<Account> people = em.createNamedQuery(Account.OF_ORGANISATION, Account.class)
                .setParameter("organisation", organisationId).getResultList();
        if (people.isEmpty()) {
            // its only person deleted her account meanwhile: nobody could act for it
            throw new BusinessException(BusinessException.Kind.CONFLICT, "directory.review.nobody", organisation.getShortName());
        }
        for (Account person : people) {
            person.grant(Role.ORGANISATION_MEMBER);
            person.grant(Role.ORGANISATION_ADMIN);
            mailer.send(person.getEmail(), person.getLanguage(), "mail.registration.accepted.subject",
                    "mail.registration.accepted.body", List.of(person.getDisplayName(), organisation.getShortName(),
                            publicUrl.of("/organisation/")));
        }
        audit.record(coordinator.getId(), "organisation.accepted", "organisation", organisationId,
                organisation.getShortName());
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public void refuse(long organisationId, String reason) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        String why = input.text("reason", reason, 2000, false);
        if ("".equals(why)) {
            input.refuse("reason", "membership.review.reasonRequired"); // the organisation will read it: say so
        }
        input.throwIfAny();
        Organisation organisation = find(organisationId);
        organisation.refuse(why, clock.instant());
        for (Account person : em.createNamedQuery(Account.OF_ORGANISATION, Account.class)
                .setParameter("organisation", organisationId).getResultList()) {
            mailer.send(person.getEmail(), person.getLanguage(), "mail.registration.refused.subject",
                    "mail.registration.refused.body", List.of(person.getDisplayName(), organisation.getShortName(), why));
        }
        audit.record(coordinator.getId(), "organisation.refused", "organisation", organisationId, why);
    }

    private Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.organisation.notFound");
        }
        return organisation;
    }

    private boolean accountExists(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findAny().isPresent();
    }

    private boolean numberTaken(OrganisationDetails.Checked checked) {
        return em.createNamedQuery(Organisation.FIND_BY_NUMBER, Organisation.class)
                .setParameter("country", checked.country()).setParameter("number", checked.number().digits())
                .getResultStream().findAny().isPresent();
    }
}
