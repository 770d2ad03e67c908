package eu.socialmap.event.boundary;

import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The organisers' desk: who registered, check-in at the door (by the ticket's code or by name) and the live counts.
 * A check-in sent twice (a phone that lost the network and tries again) is recorded once, at the time of the first.
 */
@Stateless
@PermitAll
public class EventDesk {

    /** Staff may check people in from the day before (set-up) until a day after the end. */
    static final Duration CHECK_IN_MARGIN = Duration.ofDays(1);

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Events events;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /** The outcome of a scan, for the staff member's screen. */
    public record CheckIn(Registration registration, boolean first, Instant at) implements Serializable {
    }

    public record Counts(int capacity, long confirmed, long waiting, long offered, long cancelled, long present)
            implements Serializable {
        /** People with a seat who have not come (yet). */
        public long absent() {
            return confirmed - present;
        }
    }

    public record Page(List<Registration> registrations, long total, int page, int pages) implements Serializable {
    }

    /**
     * Checks in the holder of a ticket. A code that is not one of ours, or of another event, is refused with a clear
     * answer; so is a registration without a seat.
     * @param scannedAt when the phone read it (it may send it later); null: now
     */
    public CheckIn checkIn(long eventId, String code, Instant scannedAt) {
        Event event = events.requireOrganiser(eventId);
        String normalised = EventSecrets.normaliseTicketCode(code);
        if (normalised == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.ticket.unknown");
        }
        Registration registration = em.createNamedQuery(Registration.BY_TICKET, Registration.class)
                .setParameter("code", normalised).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "event.ticket.unknown"));
        if (!registration.getEventId().equals(eventId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.ticket.otherEvent");
        }
        return record(event, registration, scannedAt);
    }

    /** Checks in someone found by name on the list (she forgot her ticket). */
    public CheckIn checkInById(long eventId, long registrationId) {
        Event event = events.requireOrganiser(eventId);
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.getEventId().equals(eventId)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.registration.unknown");
        }
        return record(event, registration, null);
    }

    public void undoCheckIn(long eventId, long registrationId) {
        events.requireOrganiser(eventId);
        Registration registration = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (registration == null || !registration.getEventId().equals(eventId)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.registration.unknown");
        }
        registration.undoCheckIn(clock.instant());
    }

    private CheckIn record(Event event, Registration registration, Instant scannedAt) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // as the database keeps it
        if (now.isBefore(event.getStartsAt().minus(CHECK_IN_MARGIN)) || now.isAfter(event.getEndsAt().plus(CHECK_IN_MARGIN))) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.checkin.notToday");
        }
        // a time from the phone is believed only if it is plausible: not in the future, not before the margin
        Instant at = scannedAt != null ? scannedAt.truncatedTo(java.time.temporal.ChronoUnit.MILLIS) : null;
        at = at == null || at.isAfter(now) || at.isBefore(event.getStartsAt().minus(CHECK_IN_MARGIN)) ? now : at;
        boolean first = registration.checkIn(at, callers.current().getId());
        return new CheckIn(registration, first, registration.getCheckedInAt());
    }

    /** Registered, waiting, present: the live figures of the desk (one grouped query). */
    public Counts counts(long eventId) {
        events.requireOrganiser(eventId);
        Map<Registration.Status, long[]> byStatus = new EnumMap<>(Registration.Status.class);
        for (Object[] row : em.createNamedQuery(Registration.COUNTS, Object[].class).setParameter("event", eventId).getResultList()) {
            byStatus.put((Registration.Status) row[0], new long[]{((Number) row[1]).longValue(),
                    row[2] == null ? 0 : ((Number) row[2]).longValue()});
        }
        int capacity = Waitlist.seatsOf(em, eventId).getCapacity();
        return new Counts(capacity, count(byStatus, Registration.Status.CONFIRMED, 0), count(byStatus, Registration.Status.WAITLISTED, 0),
                count(byStatus, Registration.Status.OFFERED, 0), count(byStatus, Registration.Status.CANCELLED, 0)
                + count(byStatus, Registration.Status.EXPIRED, 0), count(byStatus, Registration.Status.CONFIRMED, 1));
    }

    private static long count(Map<Registration.Status, long[]> counts, Registration.Status status, int column) {
        long[] row = counts.get(status);
        return row == null ? 0 : row[column];
    }

    /** The registrations of an event, by name, a page at a time; {@code search} matches a name or an address. */
    public Page registrations(long eventId, Registration.Status status, String search, int page, int pageSize) {
        events.requireOrganiser(eventId);
        String pattern = search == null || search.isBlank() ? ""
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = em.createNamedQuery(Registration.COUNT_OF_EVENT, Long.class).setParameter("event", eventId)
                .setParameter("status", status).setParameter("name", pattern).getSingleResult();
        int size = Math.max(1, Math.min(500, pageSize));
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.max(1, Math.min(page, pages));
        List<Registration> found = em.createNamedQuery(Registration.OF_EVENT, Registration.class).setParameter("event", eventId)
                .setParameter("status", status).setParameter("name", pattern)
                .setFirstResult((current - 1) * size).setMaxResults(size).getResultList();
        return new Page(found, total, current, pages);
    }

    /** Everyone with a seat, for badges and the list at the door (at most 5,000: an event's capacity). */
    public List<Registration> attendees(long eventId) {
        events.requireOrganiser(eventId);
        return em.createNamedQuery(Registration.OF_EVENT, Registration.class).setParameter("event", eventId)
                .setParameter("status", Registration.Status.CONFIRMED).setParameter("name", "")
                .setMaxResults(eu.socialmap.event.entity.Event.MAX_CAPACITY).getResultList();
    }

    /** The day of the event in Brussels, for the desk's heading. */
    public LocalDate dayOf(Event event) {
        return event.getStartsAt().atZone(Messages.NETWORK_ZONE).toLocalDate();
    }
}
