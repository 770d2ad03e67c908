package eu.socialmap.event.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FairStand;
import eu.socialmap.event.entity.StandSize;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The associations fair ("Bourse aux associations"): the administrator of any accepted organisation — member of the
 * network or not, the fair is open to all associations — applies for a stand of a published fair before it starts;
 * the fair's organisers give each stand its number on the plan or decline it; everyone sees who is where. The
 * organisation's administrators are mailed, each in her language, when a number is given or the stand declined.
 * Numbers are given under a lock on the fair's stands, and the unique key (event, number) backs it: two organisers
 * giving the same number at the same time never both succeed.
 */
@Stateless
@PermitAll
public class FairStands {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** An application as the organisers see it, with the organisation's name and contact address. */
    public record Application(FairStand stand, String organisation, String email) implements Serializable {
    }

    /** An allocated stand on the public list: its number and who holds it (and whether a member of the network). */
    public record Exhibitor(int number, long organisationId, String name, boolean member) implements Serializable {
    }

    /** A numbered box of the plan; {@code exhibitor} null: free. */
    public record Box(int number, Exhibitor exhibitor) implements Serializable {
        public boolean isFree() {
            return exhibitor == null;
        }
    }

    /** The caller's organisation applies for a stand (or applies again after withdrawing or being declined). */
    public FairStand apply(long eventId, StandSize size, boolean table, boolean power, String note) {
        Organisation organisation = applicantOrganisation()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.FORBIDDEN, "event.stand.notAdministrator"));
        Account caller = callers.current();
        Event event = events.find(eventId);
        if (event.getStatus() == Event.Status.DRAFT) {
            throw Events.notFound();
        }
        requireFair(event);
        requireNotCancelled(event);
        Instant now = clock.instant();
        if (!now.isBefore(event.getStartsAt())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.tooLate");
        }
        InputCheck input = new InputCheck();
        if (size == null) {
            input.refuse("size", "input.required");
        }
        String checkedNote = input.text("note", note, FairStand.MAX_NOTE, false);
        input.throwIfAny();
        Optional<FairStand> existing = standOf(eventId, organisation.getId());
        FairStand stand;
        if (existing.isPresent()) {
            stand = existing.get();
            stand.applyAgain(size, table, power, checkedNote, caller.getId(), now);
        } else {
            stand = new FairStand(eventId, organisation.getId(), size, table, power, checkedNote, caller.getId(), now);
            em.persist(stand);
        }
        try {
            em.flush();
        } catch (PersistenceException sameOrganisationMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.alreadyApplied");
        }
        audit.record(caller.getId(), "event.stand.requested", "fair_stand", stand.getId(), organisation.getShortName());
        return stand;
    }

    /** An administrator of the organisation withdraws its application (or its allocated stand: the number is freed). */
    public FairStand withdraw(long standId) {
        FairStand stand = lockedStand(standId);
        Account caller = callers.current();
        if (!caller.isAdministratorOf(stand.getOrganisationId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.stand.notAdministrator");
        }
        stand.withdraw();
        audit.record(caller.getId(), "event.stand.withdrawn", "fair_stand", standId, null);
        return stand;
    }

    /**
     * An organiser gives the stand a number from 1 to the fair's stand count; a stand that has one moves. A number
     * held by another organisation is refused, naming it.
     */
    public FairStand allocate(long standId, int number) {
        FairStand found = standById(standId);
        Event event = events.requireOrganiser(found.getEventId());
        requireFair(event);
        requireNotCancelled(event);
        if (number < 1 || number > event.getStandCount()) {
            InputCheck input = new InputCheck();
            input.refuse("number", "event.stand.numberRange", event.getStandCount());
            input.throwIfAny();
        }
        // every stand of the fair, locked: two organisers numbering at once wait for each other
        List<FairStand> stands = em.createNamedQuery(FairStand.OF_EVENT, FairStand.class)
                .setParameter("event", event.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        FairStand stand = stands.stream().filter(s -> s.getId().equals(standId)).findFirst().orElseThrow(FairStands::standNotFound);
        if (stand.isAllocated() && stand.getStandNumber() == number) {
            return stand;
        }
        Optional<FairStand> holder = stands.stream()
                .filter(s -> !s.getId().equals(standId) && s.getStandNumber() != null && s.getStandNumber() == number).findFirst();
        if (holder.isPresent()) {
            Organisation other = em.find(Organisation.class, holder.get().getOrganisationId());
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.numberTaken", number, other.getShortName());
        }
        stand.allocate(number);
        try {
            em.flush();
        } catch (PersistenceException takenMeanwhile) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.numberTakenMeanwhile", number);
        }
        Organisation organisation = em.find(Organisation.class, stand.getOrganisationId());
        tellAdministrators(event, organisation, "mail.event.stand.allocated.subject", "mail.event.stand.allocated.body",
                number, publicUrl.of("/events/exhibitors?event=" + event.getId()));
        audit.record(callers.current().getId(), "event.stand.allocated", "fair_stand", standId,
                organisation.getShortName() + " #" + number);
        return stand;
    }

    /** An organiser declines the application (or takes back an allocated stand); the reason goes into the mail. */
    public FairStand decline(long standId, String reason) {
        FairStand stand = lockedStand(standId);
        Event event = events.requireOrganiser(stand.getEventId());
        requireFair(event);
        InputCheck input = new InputCheck();
        String why = input.text("reason", reason, FairStand.MAX_NOTE, false);
        input.throwIfAny();
        stand.decline();
        Organisation organisation = em.find(Organisation.class, stand.getOrganisationId());
        tellAdministrators(event, organisation, "mail.event.stand.declined.subject",
                why.isEmpty() ? "mail.event.stand.declined.body" : "mail.event.stand.declined.bodyWithReason",
                why, publicUrl.of("/events/stand?event=" + event.getId()));
        audit.record(callers.current().getId(), "event.stand.declined", "fair_stand", standId, organisation.getShortName());
        return stand;
    }

    /** Every application of the fair, for its organisers: pending first, then by number, then the others. One query. */
    public List<Application> applications(long eventId) {
        Event event = events.requireOrganiser(eventId);
        requireFair(event);
        List<Object[]> rows = em.createQuery("SELECT s, o.shortName, o.email FROM FairStand s JOIN Organisation o "
                + "ON o.id = s.organisationId WHERE s.eventId = :event", Object[].class).setParameter("event", eventId).getResultList();
        List<Application> applications = new ArrayList<>();
        for (Object[] row : rows) {
            applications.add(new Application((FairStand) row[0], (String) row[1], (String) row[2]));
        }
        applications.sort(Comparator.comparing((Application a) -> a.stand().getStatus())
                .thenComparing(a -> a.stand().getStandNumber() == null ? 0 : a.stand().getStandNumber())
                .thenComparing(a -> a.stand().getRequestedAt()).thenComparing(a -> a.stand().getId()));
        return applications;
    }

    public List<Exhibitor> exhibitors(long eventId) {
        return exhibitors(eventId, null);
    }

    /**
     * Who is where, by number: public for a published fair (an invitation-only one with its code, a draft for its
     * organisers). One query.
     */
    public List<Exhibitor> exhibitors(long eventId, String invitationCode) {
        Event event = events.visible(eventId, invitationCode);
        requireFair(event);
        Integer charterInForce = charter.inForceNumber();
        return em.createQuery("SELECT s.standNumber, o FROM FairStand s JOIN Organisation o ON o.id = s.organisationId "
                        + "WHERE s.eventId = :event AND s.status = :allocated ORDER BY s.standNumber", Object[].class)
                .setParameter("event", eventId).setParameter("allocated", FairStand.Status.ALLOCATED).getResultList().stream()
                .map(row -> {
                    Organisation o = (Organisation) row[1];
                    return new Exhibitor((Integer) row[0], o.getId(), o.getShortName(),
                            o.membership(charterInForce) == MembershipStatus.MEMBER);
                }).toList();
    }

    /** The caller's organisation's application to the fair, if it made one (whatever became of it). */
    public Optional<FairStand> mine(long eventId) {
        Optional<Account> caller = callers.signedIn();
        if (caller.isEmpty() || caller.get().getOrganisationId() == null) {
            return Optional.empty();
        }
        return standOf(eventId, caller.get().getOrganisationId());
    }

    /** The organisation the signed-in person may apply for: hers, if she administers it and it is accepted. */
    public Optional<Organisation> applicantOrganisation() {
        Optional<Account> caller = callers.signedIn();
        if (caller.isEmpty() || !caller.get().isAdministratorOf(caller.get().getOrganisationId())) {
            return Optional.empty();
        }
        Organisation organisation = em.find(Organisation.class, caller.get().getOrganisationId());
        return organisation != null && organisation.getStatus() == Organisation.Status.ACCEPTED
                ? Optional.of(organisation) : Optional.empty();
    }

    /** The plan of a fair: boxes 1 to {@code standCount}, each with its exhibitor or free. */
    public static List<Box> plan(int standCount, List<Exhibitor> exhibitors) {
        Map<Integer, Exhibitor> byNumber = new HashMap<>();
        exhibitors.forEach(e -> byNumber.put(e.number(), e));
        List<Box> boxes = new ArrayList<>(standCount);
        for (int number = 1; number <= standCount; number++) {
            boxes.add(new Box(number, byNumber.get(number)));
        }
        return boxes;
    }

    private Optional<FairStand> standOf(long eventId, long organisationId) {
        return em.createNamedQuery(FairStand.OF_ORGANISATION, FairStand.class).setParameter("event", eventId)
                .setParameter("organisation", organisationId).getResultStream().findFirst();
    }

    private FairStand standById(long standId) {
        FairStand stand = em.find(FairStand.class, standId);
        if (stand == null) {
            throw standNotFound();
        }
        return stand;
    }

    private FairStand lockedStand(long standId) {
        FairStand stand = em.find(FairStand.class, standId, LockModeType.PESSIMISTIC_WRITE);
        if (stand == null) {
            throw standNotFound();
        }
        return stand;
    }

    /** Arguments: {0} name, {1} fair, {2} its start, {3} organisation, {4} number or reason, {5} link. */
    private void tellAdministrators(Event event, Organisation organisation, String subjectKey, String bodyKey,
                                    Object detail, String link) {
        for (Account admin : em.createNamedQuery(Account.ADMINS_OF, Account.class)
                .setParameter("organisations", List.of(organisation.getId())).getResultList()) {
            mailer.send(admin.getEmail(), admin.getLanguage(), subjectKey, bodyKey, List.of(admin.getDisplayName(),
                    event.getTitle().in(admin.getLanguage()), event.getStartsAt(), organisation.getShortName(), detail, link));
        }
    }

    private static void requireFair(Event event) {
        if (event.getKind() != EventKind.FAIR || event.getStandCount() == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.stand.notAFair");
        }
    }

    private static void requireNotCancelled(Event event) {
        if (event.getStatus() == Event.Status.CANCELLED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.cancelled");
        }
    }

    private static BusinessException standNotFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "event.stand.notFound");
    }
}
