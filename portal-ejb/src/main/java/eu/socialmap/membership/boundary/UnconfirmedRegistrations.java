package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.Organisation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Registrations whose e-mail address was never confirmed are deleted a day after their link expired, with their
 * account: otherwise anyone could block a real organisation's enterprise number, or a person's address, for good.
 * Idempotent, so two nodes running it at once do no harm.
 */
@Stateless
@PermitAll
public class UnconfirmedRegistrations {

    static final Duration GRACE = Duration.ofDays(1);

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        purgeRegisteredBefore(clock.instant().minus(Registrations.CONFIRMATION_VALIDITY).minus(GRACE));
    }

    /** Deletes (at most 500 at a time) the unconfirmed registrations made before {@code before}; how many. */
    public int purgeRegisteredBefore(Instant before) {
        List<Long> stale = em.createNamedQuery(Organisation.UNCONFIRMED_BEFORE, Long.class).setParameter("before", before)
                .setMaxResults(500).getResultList();
        if (stale.isEmpty()) {
            return 0;
        }
        // their accounts' tokens and roles go with them (ON DELETE CASCADE)
        em.createQuery("DELETE FROM Account a WHERE a.organisationId IN :stale").setParameter("stale", stale)
                .executeUpdate();
        int deleted = em.createQuery("DELETE FROM Organisation o WHERE o.id IN :stale AND o.status = :unconfirmed")
                .setParameter("stale", stale).setParameter("unconfirmed", Organisation.Status.EMAIL_UNVERIFIED)
                .executeUpdate();
        stale.forEach(id -> audit.record(null, "organisation.expired", "organisation", id, null));
        return deleted;
    }
}
