package eu.socialmap.event.boundary;

import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventSeats;
import eu.socialmap.event.entity.EventSession;
import eu.socialmap.event.entity.Registration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Seats given back and offered to the waiting list, in number order. Always called with the event's
 * {@link EventSeats} row locked by the caller's transaction, which is what keeps two releases (on two nodes) from
 * offering the same seat twice.
 */
final class Waitlist {

    private final EntityManager em;
    private final EventNotices notices;
    private final Instant now;

    Waitlist(EntityManager em, EventNotices notices, Instant now) {
        this.em = em;
        this.notices = notices;
        this.now = now;
    }

    /** The event's seats row, locked until the transaction ends. */
    static EventSeats lock(EntityManager em, long eventId) {
        EventSeats seats = em.find(EventSeats.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (seats == null) {
            throw Events.notFound();
        }
        return seats;
    }

    /** The event's seats as they are now, unlocked (for counts). */
    static EventSeats seatsOf(EntityManager em, long eventId) {
        EventSeats seats = em.find(EventSeats.class, eventId);
        if (seats == null) {
            throw Events.notFound();
        }
        return seats;
    }

    /** Her seat (and workshop places) go back; the next people waiting are offered what is free. */
    void release(Event event, EventSeats seats, Registration leaving) {
        if (leaving.getStatus().holdsSeat()) {
            seats.release();
            releaseSessions(leaving);
        }
        fill(event, seats);
    }

    /** Offers every free seat to the next person waiting, each with a deadline to confirm. */
    void fill(Event event, EventSeats seats) {
        if (event.getStatus() != Event.Status.PUBLISHED || !now.isBefore(event.getStartsAt())) {
            return; // nobody is promoted into a cancelled event or one that has begun
        }
        while (seats.hasFreeSeat()) {
            List<Registration> next = em.createNamedQuery(Registration.NEXT_WAITING, Registration.class)
                    .setParameter("event", event.getId()).setMaxResults(1)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            if (next.isEmpty()) {
                return;
            }
            Registration promoted = next.get(0);
            seats.take();
            takeSessions(promoted, false);
            Instant deadline = min(now.plus(Duration.ofHours(event.getOfferHours())), event.getStartsAt());
            promoted.offer(deadline, now);
            // the mail carries a new personal link: we never keep the old token, only its hash
            String token = EventSecrets.newToken();
            promoted.relink(EventSecrets.hash(token));
            notices.offered(event, promoted, token);
        }
    }

    /**
     * Takes a place in each chosen workshop by a conditional update. At registration a full workshop refuses the
     * whole registration (the caller rolls back); at a promotion it is dropped from her choice instead.
     * @return the sessions that were full
     */
    List<Long> takeSessions(Registration registration, boolean strict) {
        List<Long> full = new ArrayList<>();
        for (Long session : registration.getSessionIds().stream().sorted().toList()) {
            int taken = em.createNamedQuery(EventSession.TAKE).setParameter("id", session).executeUpdate();
            if (taken == 0) {
                full.add(session);
            }
        }
        if (!strict && !full.isEmpty()) {
            registration.dropSessions(full);
        }
        return full;
    }

    void releaseSessions(Registration registration) {
        if (!registration.getSessionIds().isEmpty()) {
            em.createNamedQuery(EventSession.RELEASE).setParameter("ids", registration.getSessionIds()).executeUpdate();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
