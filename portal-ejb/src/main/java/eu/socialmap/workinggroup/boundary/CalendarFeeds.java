package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.workinggroup.entity.CalendarFeed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Optional;

/**
 * The signed-in person's secret calendar feed address: she creates it, replaces it when it may have leaked, or
 * closes it. The public feed resolves a token to its person here, and learns nothing else.
 */
@Stateless
@RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.GROUP_LEAD,
        Role.Names.COORDINATOR, Role.Names.PLATFORM_ADMIN})
public class CalendarFeeds {

    static final String SUBJECT = "account";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A new token for the caller's feed (the only time it is seen); the previous address stops working. */
    public String renew() {
        Account caller = callers.current();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.getId());
        String token;
        if (feed == null) {
            CalendarFeed.Issued issued = CalendarFeed.open(caller.getId(), clock.instant());
            em.persist(issued.feed());
            token = issued.token();
        } else {
            token = feed.renew(clock.instant());
        }
        // the token is never written anywhere else, the audit trail included
        audit.record(caller.getId(), "calendarFeed.renewed", SUBJECT, caller.getId(), null);
        return token;
    }

    /** Closes the caller's feed address; nothing to do when she has none. */
    public void revoke() {
        Account caller = callers.current();
        CalendarFeed feed = em.find(CalendarFeed.class, caller.getId());
        if (feed != null) {
            em.remove(feed);
            audit.record(caller.getId(), "calendarFeed.revoked", SUBJECT, caller.getId(), null);
        }
    }

    public boolean hasFeed() {
        return em.find(CalendarFeed.class, callers.current().getId()) != null;
    }

    /**
     * The person a feed token belongs to. Only the token's hash is looked up, through a unique index: the time
     * taken does not depend on how close a guess is. A malformed token is refused without a lookup (it can
     * belong to nobody); every refusal is the same empty answer.
     */
    @PermitAll
    public Optional<Long> accountFor(String token) {
        if (!CalendarFeed.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarFeed.FIND_BY_HASH, CalendarFeed.class)
                .setParameter("hash", CalendarFeed.hash(token)).getResultStream().findFirst()
                .map(CalendarFeed::getAccountId);
    }
}
