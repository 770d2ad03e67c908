package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The people of an organisation: its administrators invite colleagues by e-mail and remove them; an
 * organisation never ends up without an administrator. Only its own people see the list.
 */
@Stateless
@RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.COORDINATOR})
public class Colleagues {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Passwords passwords;

    @Inject
    Mailer mailer;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A person of the organisation as her colleagues see her. */
    public record Colleague(long id, String name, String email, boolean administrator, boolean active,
                            Instant lastSignInAt) implements Serializable {
    }

    public List<Colleague> of(long organisationId) {
        if (!callers.current().maySeePrivateDataOf(organisationId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        // roles fetched in the same query: one query for the whole list, not one per person
        return em.createQuery("SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.organisationId = :organisation "
                        + "ORDER BY a.displayName, a.id", Account.class).setParameter("organisation", organisationId)
                .getResultStream()
                .map(a -> new Colleague(a.getId(), a.getDisplayName(), a.getEmail(), a.has(Role.ORGANISATION_ADMIN),
                        a.getPasswordHash() != null, a.getLastSignInAt()))
                .toList();
    }

    /** Invites a colleague: an account in the organisation and a mail, in her language, to choose a password. */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public void invite(long organisationId, String email, String name, Language language, boolean administrator) {
        Account inviter = callers.administratorOf(organisationId);
        InputCheck input = new InputCheck();
        String address = input.email("email", email, true);
        String displayName = input.text("name", name, 200, true);
        if (address != null && !address.isEmpty() && em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", address).getResultStream().findAny().isPresent()) {
            input.refuse("email", "membership.email.taken", address);
        }
        input.throwIfAny();
        Organisation organisation = em.find(Organisation.class, organisationId);
        Account colleague = new Account(address, displayName, language, clock.instant());
        colleague.joinOrganisation(organisationId);
        colleague.grant(Role.ORGANISATION_MEMBER);
        if (administrator) {
            colleague.grant(Role.ORGANISATION_ADMIN);
        }
        em.persist(colleague);
        String link = passwords.issueLink(colleague, Invitations.LINK_VALIDITY);
        mailer.send(address, language, "mail.colleague.subject", "mail.colleague.body",
                List.of(displayName, inviter.getDisplayName(), organisation.getShortName(), link,
                        Invitations.LINK_VALIDITY.toDays()));
        audit.record(inviter.getId(), "membership.colleagueInvited", "organisation", organisationId,
                "#" + colleague.getId());
    }

    /** Removes a colleague from the organisation (she keeps her account, without its roles). */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public void remove(long organisationId, long accountId) {
        Account admin = callers.administratorOf(organisationId);
        Account colleague = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (colleague == null || !colleague.worksFor(organisationId)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.account.notFound");
        }
        if (colleague.has(Role.ORGANISATION_ADMIN) && administratorCount(organisationId) <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.colleague.lastAdministrator");
        }
        Organisation organisation = em.find(Organisation.class, organisationId);
        colleague.leaveOrganisation();
        mailer.send(colleague.getEmail(), colleague.getLanguage(), "mail.colleagueRemoved.subject",
                "mail.colleagueRemoved.body", List.of(colleague.getDisplayName(), organisation.getShortName()));
        audit.record(admin.getId(), "membership.colleagueRemoved", "organisation", organisationId,
                "#" + colleague.getId());
    }

    /** Makes a colleague an administrator of the organisation, or a plain member again (never the last one). */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public void setAdministrator(long organisationId, long accountId, boolean administrator) {
        Account admin = callers.administratorOf(organisationId);
        Account colleague = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        if (colleague == null || !colleague.worksFor(organisationId)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.account.notFound");
        }
        if (administrator == colleague.has(Role.ORGANISATION_ADMIN)) {
            return;
        }
        if (!administrator && administratorCount(organisationId) <= 1) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.colleague.lastAdministrator");
        }
        if (administrator) {
            colleague.grant(Role.ORGANISATION_ADMIN);
        } else {
            colleague.revoke(Role.ORGANISATION_ADMIN);
        }
        audit.record(admin.getId(), "account.rolesChanged", "organisation", organisationId,
                "#" + colleague.getId() + (administrator ? ": + " : ": − ") + Role.ORGANISATION_ADMIN);
    }

    private long administratorCount(long organisationId) {
        // locks the administrators' rows: two administrators removing each other at once cannot both succeed
        return em.createNamedQuery(Account.ADMINS_OF, Account.class)
                .setParameter("organisations", List.of(organisationId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
    }
}
