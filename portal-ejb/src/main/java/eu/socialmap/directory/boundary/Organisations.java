package eu.socialmap.directory.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * The organisations of the network as others see them: accepted ones are public; one that is still under
 * review (or refused) exists only for its own people and the coordinators. Its administrators and the
 * coordinators edit its profile.
 */
@Stateless
@PermitAll
public class Organisations {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    public record Page(List<Organisation> organisations, long total, int page, int pages) {
    }

    /** Accepted organisations, by short name. */
    public Page accepted(int page, int pageSize) {
        long total = em.createNamedQuery(Organisation.COUNT_WITH_STATUS, Long.class)
                .setParameter("status", Organisation.Status.ACCEPTED).getSingleResult();
        Paging paging = Paging.of(page, total, Math.min(Math.max(pageSize, 1), 100));
        List<Organisation> found = em.createQuery("SELECT o FROM Organisation o WHERE o.status = :status "
                        + "ORDER BY o.shortName, o.id", Organisation.class)
                .setParameter("status", Organisation.Status.ACCEPTED)
                .setFirstResult(paging.firstResult()).setMaxResults(paging.pageSize()).getResultList();
        return new Page(found, total, paging.page(), paging.pageCount());
    }

    /**
     * The organisation, if the caller may see it: anyone for an accepted one, its own people and the
     * coordinators otherwise. "Not found" either way, so an id tried in a URL tells nothing.
     */
    public Organisation visible(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw notFound();
        }
        if (organisation.getStatus() == Organisation.Status.ACCEPTED) {
            return organisation;
        }
        Optional<Account> caller = callers.signedIn();
        if (caller.isPresent() && caller.get().maySeePrivateDataOf(id)) {
            return organisation;
        }
        throw notFound();
    }

    /** Whether the signed-in person may edit the organisation (pages use it to offer the edit link). */
    public boolean mayEdit(long id) {
        return callers.signedIn().map(caller -> caller.mayManage(id)).orElse(false);
    }

    /**
     * Saves the profile. Refused for anyone but the organisation's administrators and the coordinators, and when
     * somebody else saved it since {@code expectedVersion} was read (nobody's changes are silently lost).
     */
    public Organisation update(long id, long expectedVersion, OrganisationDetails details) {
        Account caller = callers.current();
        if (!caller.mayManage(id)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "membership.forbidden.otherOrganisation");
        }
        Organisation organisation = em.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            throw notFound();
        }
        if (organisation.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "directory.organisation.changedMeanwhile");
        }
        OrganisationDetails.Checked checked = details.check();
        if (checked.number() != null) {
            boolean taken = em.createNamedQuery(Organisation.FIND_BY_NUMBER, Organisation.class)
                    .setParameter("country", checked.country()).setParameter("number", checked.number().digits())
                    .getResultStream().anyMatch(other -> !other.getId().equals(id));
            if (taken) {
                InputCheck input = new InputCheck();
                input.refuse("enterpriseNumber", "directory.enterpriseNumber.taken");
                input.throwIfAny();
            }
        }
        organisation.describe(checked);
        audit.record(caller.getId(), "organisation.updated", "organisation", id, organisation.getShortName());
        return organisation;
    }

    private static BusinessException notFound() {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "directory.organisation.notFound");
    }
}
