package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.control.ImmersionCalendar;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The immersions in a person's own calendar feed: those she goes on as the visitor, and those her organisation hosts
 * when she administers it or is the offer's contact. Only agreed immersions (both signatures); one cancelled after
 * that stays with STATUS:CANCELLED, so that a subscribed calendar removes it. Past ones stay six months, as meetings
 * do. Four queries whatever the number of immersions.
 */
@Stateless
@PermitAll
public class ImmersionCalendars {

    /** Past immersions stay in the feed this long (as the working groups' meetings). */
    static final int HISTORY_DAYS = 183;
    static final int MAX_ENTRIES = 500;

    static final String OF_PERSON = "SELECT b FROM ImmersionBooking b WHERE b.lastDay >= :since "
            + "AND (b.status = eu.socialmap.immersion.entity.ImmersionBooking.Status.AGREED "
            + "OR (b.status = eu.socialmap.immersion.entity.ImmersionBooking.Status.CANCELLED "
            + "AND b.senderSignedAt IS NOT NULL AND b.hostSignedAt IS NOT NULL)) "
            + "AND (b.visitorId = :me OR b.hostId = :administered "
            + "OR (b.hostId = :organisation AND b.offerId IN (SELECT o.id FROM ImmersionOffer o WHERE o.contactId = :me))) "
            + "ORDER BY b.firstDay, b.id";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** The person's immersions as calendar entries in her language; none for a disabled account. */
    public List<CalendarEntry> entriesFor(Account person, Language language) {
        if (person == null || !person.isEnabled()) {
            return List.of();
        }
        Long organisation = person.getOrganisationId();
        List<ImmersionBooking> bookings = em.createQuery(OF_PERSON, ImmersionBooking.class)
                .setParameter("since", LocalDate.now(clock.withZone(Messages.NETWORK_ZONE)).minusDays(HISTORY_DAYS))
                .setParameter("me", person.getId())
                .setParameter("administered", person.isAdministratorOf(organisation) ? organisation : -1L)
                .setParameter("organisation", organisation == null ? -1L : organisation)
                .setMaxResults(MAX_ENTRIES).getResultList();
        if (bookings.isEmpty()) {
            return List.of();
        }
        Map<Long, ImmersionOffer> offers = byId(ImmersionOffer.class, "ImmersionOffer",
                bookings.stream().map(ImmersionBooking::getOfferId).collect(Collectors.toSet()), ImmersionOffer::getId);
        Set<Long> organisationIds = new HashSet<>();
        bookings.forEach(b -> {
            organisationIds.add(b.getHostId());
            organisationIds.add(b.getVisitorOrganisationId());
        });
        Map<Long, Organisation> organisations = byId(Organisation.class, "Organisation", organisationIds,
                Organisation::getId);
        Map<Long, Location> places = byId(Location.class, "Location",
                offers.values().stream().map(ImmersionOffer::getLocationId).collect(Collectors.toSet()), Location::getId);
        Instant now = clock.instant();
        return bookings.stream().map(b -> {
            ImmersionOffer offer = offers.get(b.getOfferId());
            return ImmersionCalendar.entry(b, offer, organisations.get(b.getHostId()),
                    organisations.get(b.getVisitorOrganisationId()), places.get(offer.getLocationId()), language,
                    pageOf(b.getId()), now);
        }).toList();
    }

    String pageOf(long bookingId) {
        return publicUrl.of("/immersions/booking?id=" + bookingId);
    }

    private <T> Map<Long, T> byId(Class<T> type, String entity, Collection<Long> ids, Function<T, Long> id) {
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.id IN :ids", type).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
