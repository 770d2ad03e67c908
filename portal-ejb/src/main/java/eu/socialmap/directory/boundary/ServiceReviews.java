package eu.socialmap.directory.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeping the map true: the coordinators see the services nobody has updated for a year and ask their
 * organisation to check them; the organisation's administrators get an e-mail in their language with the link to
 * the service's form. Saving the form (even unchanged) counts as the review.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class ServiceReviews {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** A service due for review, with its organisation's name. */
    public record Due(Service service, String organisationName) implements java.io.Serializable {
    }

    public record Page(List<Due> services, long total, int page, int pages) implements java.io.Serializable {
    }

    /** Active services not updated for a year, the oldest first. */
    public Page due(int page, int pageSize) {
        callers.withRole(Role.COORDINATOR);
        Instant since = clock.instant().minus(Service.REVIEW_AFTER);
        long total = em.createQuery("SELECT COUNT(s) FROM Service s WHERE s.status = :active AND s.updatedAt < :since",
                Long.class).setParameter("active", Service.Status.ACTIVE).setParameter("since", since).getSingleResult();
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.max(1, Math.min(page, pages));
        List<Service> services = em.createNamedQuery(Service.NOT_UPDATED_SINCE, Service.class).setParameter("since", since)
                .setFirstResult((current - 1) * pageSize).setMaxResults(pageSize).getResultList();
        Map<Long, String> names = new HashMap<>();
        if (!services.isEmpty()) {
            em.createQuery("SELECT o.id, o.shortName FROM Organisation o WHERE o.id IN :ids", Object[].class)
                    .setParameter("ids", services.stream().map(Service::getOrganisationId).distinct().toList())
                    .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return new Page(services.stream().map(s -> new Due(s, names.get(s.getOrganisationId()))).toList(), total,
                current, pages);
    }

    /** Asks the service's organisation to review it; its administrators are told by e-mail. */
    public void ask(long serviceId) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        Service service = em.find(Service.class, serviceId, LockModeType.PESSIMISTIC_WRITE);
        if (service == null || service.getStatus() != Service.Status.ACTIVE) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.service.notFound");
        }
        Instant now = clock.instant();
        if (!service.isDueForReview(now)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "directory.review.notDue");
        }
        service.askForReview(now);
        Organisation organisation = em.find(Organisation.class, service.getOrganisationId());
        for (Account admin : em.createNamedQuery(Account.ADMINS_OF, Account.class)
                .setParameter("organisations", List.of(service.getOrganisationId())).getResultList()) {
            mailer.send(admin.getEmail(), admin.getLanguage(), "mail.review.subject", "mail.review.body",
                    List.of(admin.getDisplayName(), service.getName().in(admin.getLanguage()),
                            publicUrl.of("/organisation/service?id=" + serviceId), organisation.getShortName()));
        }
        audit.record(coordinator.getId(), "directory.reviewAsked", "service", serviceId, null);
    }
}
