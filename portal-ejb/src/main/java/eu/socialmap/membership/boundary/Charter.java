package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterSignature;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The common charter and membership: coordinators publish versions, an organisation's administrator signs the
 * version in force on its behalf, and membership follows (member, to re-sign, not a member).
 */
@Stateless
@PermitAll
public class Charter {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public record Members(List<Organisation> organisations, long total, int page, int pages) {
    }

    /** The version in force today, if one was published. */
    public Optional<CharterVersion> inForce() {
        return em.createNamedQuery(CharterVersion.IN_FORCE, CharterVersion.class).setParameter("today", today())
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** A line of the charter's history: which version, in force from when (without the texts). */
    public record VersionLine(int number, LocalDate effectiveOn) implements java.io.Serializable {
    }

    public List<VersionLine> versions() {
        return em.createQuery("SELECT NEW eu.socialmap.membership.boundary.Charter.VersionLine(v.number, v.effectiveOn) "
                + "FROM CharterVersion v ORDER BY v.number DESC", VersionLine.class).setMaxResults(100).getResultList();
    }

    /** Publishes a new version (the next number); administrators of accepted organisations are told to sign it. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public CharterVersion publish(String fr, String nl, String en, LocalDate effectiveOn) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        String textFr = input.text("textFr", fr, CharterVersion.TEXT_MAX, false);
        String textNl = input.text("textNl", nl, CharterVersion.TEXT_MAX, false);
        String textEn = input.text("textEn", en, CharterVersion.TEXT_MAX, false);
        if (textFr != null && textNl != null && textEn != null && (textFr + textNl + textEn).isEmpty()) {
            input.refuse("textFr", "membership.charter.textRequired");
        }
        if (effectiveOn == null) {
            input.refuse("effectiveOn", "input.required");
        } else if (effectiveOn.isBefore(today())) {
            input.refuse("effectiveOn", "membership.charter.effectiveInPast");
        }
        input.throwIfAny();
        Integer highest = em.createNamedQuery(CharterVersion.HIGHEST_NUMBER, Integer.class).getSingleResult();
        CharterVersion version = new CharterVersion(highest == null ? 1 : highest + 1,
                new LocalizedText(textFr, textNl, textEn), effectiveOn, clock.instant());
        try {
            em.persist(version);
            em.flush();
        } catch (PersistenceException sameNumber) {
            // another coordinator published the same number a moment ago (unique number): nothing is lost, retry
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.charter.publishedMeanwhile");
        }
        List<Long> accepted = em.createQuery("SELECT o.id FROM Organisation o WHERE o.status = :status", Long.class)
                .setParameter("status", Organisation.Status.ACCEPTED).getResultList();
        if (!accepted.isEmpty()) {
            for (Account admin : em.createNamedQuery(Account.ADMINS_OF, Account.class)
                    .setParameter("organisations", accepted).getResultList()) {
                mailer.send(admin.getEmail(), admin.getLanguage(), "mail.charter.published.subject",
                        "mail.charter.published.body", List.of(admin.getDisplayName(), version.getNumber(),
                                effectiveOn, publicUrl.of("/organisation/")));
            }
        }
        audit.record(coordinator.getId(), "charter.published", "charter", (long) version.getNumber(),
                effectiveOn.toString());
        return version;
    }

    /** The organisation's administrator signs the version in force on its behalf. */
    @RolesAllowed(Role.Names.ORGANISATION_ADMIN)
    public void sign(long organisationId, int number) {
        Account signer = callers.administratorOf(organisationId);
        CharterVersion current = inForce().orElseThrow(
                () -> new BusinessException(BusinessException.Kind.CONFLICT, "membership.charter.none"));
        if (current.getNumber() != number) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.charter.notInForce", number);
        }
        Organisation organisation = em.find(Organisation.class, organisationId, LockModeType.PESSIMISTIC_WRITE);
        if (organisation.getSignedCharter() != null && organisation.getSignedCharter() >= number) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "membership.charter.alreadySigned", number);
        }
        organisation.signCharter(number);
        em.persist(new CharterSignature(organisationId, number, signer, clock.instant()));
        audit.record(signer.getId(), "charter.signed", "organisation", organisationId, String.valueOf(number));
    }

    public MembershipStatus statusOf(Organisation organisation) {
        return organisation.membership(inForceNumber());
    }

    /** Whether this person works for a member of the network (an organisation that signed the charter in force). */
    public boolean worksForAMember(Account account) {
        if (account.getOrganisationId() == null) {
            return false;
        }
        Organisation organisation = em.find(Organisation.class, account.getOrganisationId());
        return organisation != null && statusOf(organisation) == MembershipStatus.MEMBER;
    }

    /** The signatures of an organisation, newest version first: public (membership is public). */
    public List<CharterSignature> signaturesOf(long organisationId) {
        return em.createNamedQuery(CharterSignature.OF_ORGANISATION, CharterSignature.class)
                .setParameter("organisation", organisationId).setMaxResults(100).getResultList();
    }

    /** The number of the version in force, or null before any: read once, for a whole list of organisations. */
    public Integer inForceNumber() {
        return inForce().map(CharterVersion::getNumber).orElse(null);
    }

    /** The ids of all member organisations, unpaged (the base of a quorum, the recipients of a notice). */
    public List<Long> memberIds() {
        Integer current = inForceNumber();
        return current == null ? List.of() : em.createNamedQuery(Organisation.MEMBER_IDS, Long.class)
                .setParameter("current", current).getResultList();
    }

    /** All member organisations by short name, unpaged: for the attendance list of an assembly. */
    public List<Organisation> allMembers() {
        Integer current = inForceNumber();
        return current == null ? List.of() : em.createNamedQuery(Organisation.MEMBERS, Organisation.class)
                .setParameter("current", current).getResultList();
    }

    /** The member organisations (accepted, signed the version in force), by short name. */
    public Members members(int page, int pageSize) {
        Optional<CharterVersion> current = inForce();
        if (current.isEmpty()) {
            return new Members(List.of(), 0, 1, 1);
        }
        long total = em.createNamedQuery(Organisation.COUNT_MEMBERS, Long.class)
                .setParameter("current", current.get().getNumber()).getSingleResult();
        Paging paging = Paging.of(page, total, Math.min(Math.max(pageSize, 1), 100));
        List<Organisation> found = em.createNamedQuery(Organisation.MEMBERS, Organisation.class)
                .setParameter("current", current.get().getNumber())
                .setFirstResult(paging.firstResult()).setMaxResults(paging.pageSize()).getResultList();
        return new Members(found, total, paging.page(), paging.pageCount());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
    }
}
