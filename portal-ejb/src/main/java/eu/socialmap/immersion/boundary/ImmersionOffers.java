package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.control.OfferCheck;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immersion offers: a member organisation's administrators (or a coordinator) write, publish and withdraw them; anyone
 * reads a published one, its host and its periods; a signed-in person of a member organisation also sees its contact
 * person. A draft or withdrawn offer is "not found" to everyone but its managers.
 */
@Stateless
@PermitAll
public class ImmersionOffers {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    Clock clock = Clock.systemUTC();

    /** An offer as its page shows it. {@code contact} is null for visitors and for people outside the network. */
    public record OfferView(ImmersionOffer offer, Organisation host, Location place, TaxonomyTerm theme,
                            List<OfferPeriod> periods, Contact contact, boolean mayManage, boolean mayRequest)
            implements Serializable {
    }

    /** Whom the visitor deals with. */
    public record Contact(String name, String email) implements Serializable {
    }

    @RolesAllowed({Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public ImmersionOffer create(long hostId, OfferDetails details) {
        requireManager(hostId);
        Organisation host = em.find(Organisation.class, hostId);
        if (host == null || charter.statusOf(host) != MembershipStatus.MEMBER) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.offer.hostNotMember");
        }
        OfferDetails checked = check(hostId, details, Map.of());
        Instant now = clock.instant();
        ImmersionOffer offer = new ImmersionOffer(hostId, checked, now);
        em.persist(offer);
        em.flush();
        for (OfferDetails.Period period : checked.periods()) {
            em.persist(new OfferPeriod(offer.getId(), period.firstDay(), period.lastDay(), period.places()));
        }
        return offer;
    }

    /**
     * The host rewrites the offer. A period with bookings keeps at least the places they hold and still covers
     * their dates; it can be closed to new requests by lowering its places to those taken, not deleted.
     */
    @RolesAllowed({Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public ImmersionOffer update(long offerId, long version, OfferDetails details) {
        ImmersionOffer offer = managed(offerId);
        if (offer.getVersion() != version) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.offer.changedMeanwhile");
        }
        Map<Long, OfferPeriod> existing = new HashMap<>();
        periods(offerId).forEach(period -> existing.put(period.getId(), period));
        OfferDetails checked = check(offer.getHostId(), details, existing);
        Instant now = clock.instant();
        offer.describe(checked, now);
        List<Long> kept = checked.periods().stream().map(OfferDetails.Period::id).filter(java.util.Objects::nonNull).toList();
        for (OfferPeriod period : existing.values()) {
            if (!kept.contains(period.getId())) {
                em.remove(period);
            }
        }
        for (OfferDetails.Period given : checked.periods()) {
            if (given.id() == null) {
                em.persist(new OfferPeriod(offerId, given.firstDay(), given.lastDay(), given.places()));
            } else {
                existing.get(given.id()).change(given.firstDay(), given.lastDay(), given.places());
            }
        }
        em.flush();
        return offer;
    }

    @RolesAllowed({Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public ImmersionOffer publish(long offerId) {
        ImmersionOffer offer = managed(offerId);
        offer.publish(clock.instant());
        return offer;
    }

    /** No new requests; the bookings already made go on. */
    @RolesAllowed({Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public ImmersionOffer withdraw(long offerId) {
        ImmersionOffer offer = managed(offerId);
        offer.withdraw(clock.instant());
        return offer;
    }

    /** An offer's page: published ones for everyone, drafts and withdrawn ones for their managers only. */
    public OfferView view(long offerId) {
        ImmersionOffer offer = em.find(ImmersionOffer.class, offerId);
        Optional<Account> caller = callers.signedIn();
        boolean manager = offer != null && caller.map(c -> c.mayManage(offer.getHostId())).orElse(false);
        if (offer == null || (!offer.isPublished() && !manager)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "immersion.offer.notFound");
        }
        boolean inNetwork = caller.map(charter::worksForAMember).orElse(false) || manager
                || caller.map(c -> c.has(Role.COORDINATOR)).orElse(false);
        Contact contact = null;
        if (inNetwork) {
            contact = contactOf(offer);
        }
        boolean mayRequest = offer.isPublished() && caller.map(c -> !c.worksFor(offer.getHostId()) && charter.worksForAMember(c))
                .orElse(false);
        return new OfferView(offer, em.find(Organisation.class, offer.getHostId()),
                em.find(Location.class, offer.getLocationId()),
                offer.getThemeTermId() == null ? null : em.find(TaxonomyTerm.class, offer.getThemeTermId()),
                periods(offerId), contact, manager, mayRequest);
    }

    /** The offers of a host, drafts included, for its managers. */
    public List<ImmersionOffer> ofHost(long hostId) {
        requireManager(hostId);
        return em.createNamedQuery(ImmersionOffer.OF_HOST, ImmersionOffer.class).setParameter("host", hostId)
                .setMaxResults(200).getResultList();
    }

    /** An offer for its editor (managers only). */
    public ImmersionOffer forEditing(long offerId) {
        return managed(offerId);
    }

    public List<OfferPeriod> periods(long offerId) {
        return em.createNamedQuery(OfferPeriod.OF_OFFER, OfferPeriod.class).setParameter("offer", offerId).getResultList();
    }

    /** The places of the host where a visitor may go (its locations on the social map). */
    public List<Location> placesOf(long hostId) {
        requireManager(hostId);
        return em.createNamedQuery(Location.OF_ORGANISATION, Location.class).setParameter("organisation", hostId)
                .getResultList();
    }

    /** The people of the host who may be named its contact. */
    public List<Account> colleaguesOf(long hostId) {
        requireManager(hostId);
        return em.createNamedQuery(Account.OF_ORGANISATION, Account.class).setParameter("organisation", hostId)
                .setMaxResults(500).getResultList();
    }

    /** The offer's contact, or its host's first administrator when it names none. */
    public Contact contactOf(ImmersionOffer offer) {
        Account person = offer.getContactId() == null ? null : em.find(Account.class, offer.getContactId());
        if (person == null) {
            person = em.createNamedQuery(Account.ADMINS_OF, Account.class)
                    .setParameter("organisations", List.of(offer.getHostId())).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        }
        return person == null ? null : new Contact(person.getDisplayName(), person.getEmail());
    }

    private ImmersionOffer managed(long offerId) {
        ImmersionOffer offer = em.find(ImmersionOffer.class, offerId);
        if (offer == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "immersion.offer.notFound");
        }
        requireManager(offer.getHostId());
        return offer;
    }

    private Account requireManager(long hostId) {
        Account caller = callers.withRole(Role.ORGANISATION_ADMIN, Role.COORDINATOR);
        if (!caller.mayManage(hostId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        return caller;
    }

    /** The form's rules, then what needs the database: the host's place, its contact, the periods' bookings. */
    private OfferDetails check(long hostId, OfferDetails details, Map<Long, OfferPeriod> existing) {
        InputCheck input = new InputCheck();
        LocalDate today = LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
        if (details.locationId() != null) {
            Location place = em.find(Location.class, details.locationId());
            if (place == null || place.getOrganisationId() != hostId) {
                input.refuse("location", "immersion.offer.placeNotOfHost");
            }
        }
        if (details.contactId() != null) {
            Account contact = em.find(Account.class, details.contactId());
            if (contact == null || !contact.worksFor(hostId)) {
                input.refuse("contact", "immersion.offer.contactNotOfHost");
            }
        }
        if (details.themeTermId() != null) {
            TaxonomyTerm theme = em.find(TaxonomyTerm.class, details.themeTermId());
            if (theme == null || theme.getTaxonomy() != TaxonomyTerm.Taxonomy.THEME) {
                input.refuse("theme", "immersion.offer.unknownTheme");
            }
        }
        List<OfferDetails.Period> periods = details.periods();
        for (int i = 0; i < periods.size(); i++) {
            OfferDetails.Period given = periods.get(i);
            if (given.id() != null && !existing.containsKey(given.id())) {
                input.refuse("periods[" + i + "].firstDay", "immersion.offer.unknownPeriod");
            }
        }
        keepBookings(existing, periods, input);
        OfferDetails checked = OfferCheck.check(details, today, input);
        input.throwIfAny();
        return checked;
    }

    /** A period keeps the places its bookings hold and the dates they fall on; one with bookings is never deleted. */
    private void keepBookings(Map<Long, OfferPeriod> existing, List<OfferDetails.Period> periods, InputCheck input) {
        if (existing.isEmpty()) {
            return;
        }
        List<ImmersionBooking> bookings = em.createQuery("SELECT b FROM ImmersionBooking b WHERE b.periodId IN :periods "
                + "OR b.proposedPeriodId IN :periods", ImmersionBooking.class)
                .setParameter("periods", List.copyOf(existing.keySet())).getResultList();
        for (OfferPeriod period : existing.values()) {
            boolean referenced = bookings.stream().anyMatch(b -> b.getPeriodId() == period.getId()
                    || period.getId().equals(b.getProposedPeriodId()));
            boolean kept = periods.stream().anyMatch(p -> period.getId().equals(p.id()));
            if (referenced && !kept) {
                input.refuse("periods", "immersion.offer.periodHasBookings", period.label());
            }
        }
        for (int i = 0; i < periods.size(); i++) {
            OfferDetails.Period given = periods.get(i);
            OfferPeriod period = given.id() == null ? null : existing.get(given.id());
            if (period == null || given.places() == null || given.firstDay() == null || given.lastDay() == null) {
                continue;
            }
            if (given.places() < period.getTaken()) {
                input.refuse("periods[" + i + "].places", "immersion.offer.placesBelowTaken", period.getTaken());
            }
            boolean datesKept = bookings.stream().filter(b -> b.holdsAPlace() && b.getPeriodId() == period.getId())
                    .allMatch(b -> !b.getFirstDay().isBefore(given.firstDay()) && !b.getLastDay().isAfter(given.lastDay()));
            if (!datesKept) {
                input.refuse("periods[" + i + "].firstDay", "immersion.offer.periodExcludesBookings");
            }
        }
    }
}
