package eu.socialmap.membership.boundary;

import eu.socialmap.platform.control.Paging;
import eu.socialmap.membership.entity.AuditEvent;
import eu.socialmap.membership.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.List;

/**
 * Keeps who changed what, in the transaction of the change itself (no change without its trace, no trace of a
 * change that rolled back). The coordinators read it.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @jakarta.inject.Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /** One line of the trail, with the actor's name when her account still exists. */
    public record Entry(AuditEvent event, String actorName) {
    }

    public record Page(List<Entry> entries, long total, int page, int pages) {
    }

    @PermitAll
    public void record(Long actorId, String action, String subjectType, Long subjectId, String detail) {
        em.persist(new AuditEvent(clock.instant(), actorId, action, subjectType, subjectId, detail));
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Page latest(int page) {
        callers.withRole(Role.COORDINATOR);
        long total = em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
        Paging paging = Paging.of(page, total, 50);
        List<Object[]> rows = em.createQuery("SELECT e, a.displayName FROM AuditEvent e LEFT JOIN Account a ON a.id = e.actorId "
                        + "ORDER BY e.occurredAt DESC, e.id DESC", Object[].class)
                .setFirstResult(paging.firstResult()).setMaxResults(paging.pageSize()).getResultList();
        return new Page(rows.stream().map(row -> new Entry((AuditEvent) row[0], (String) row[1])).toList(), total,
                paging.page(), paging.pageCount());
    }
}
