package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.entity.AgreementClauses;
import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the coordinator keeps for every immersion: the agreement's insurance and confidentiality clauses (a new text
 * is a new version; agreements already accepted keep the version they were made under) and the list of all bookings.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class ImmersionCoordination {

    /** A clause is a paragraph or two; this leaves room without inviting a whole contract. */
    public static final int MAX_CLAUSE = 4000;
    public static final int PAGE_SIZE = 50;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    ImmersionBookings bookings;

    Clock clock = Clock.systemUTC();

    /** A booking as the coordinator's list shows it; {@code visitor} is empty when her account was deleted. */
    public record BookingRow(long id, String visitor, String sender, String host, LocalDate firstDay,
                             LocalDate lastDay, ImmersionBooking.Status status, Direction direction, boolean reported)
            implements Serializable {
    }

    /** One page of the list (1 is the first), newest first, and whether another follows. */
    public record BookingPage(int page, boolean hasNext, List<BookingRow> rows) implements Serializable {
    }

    public AgreementClauses clauses() {
        callers.withRole(Role.COORDINATOR);
        return bookings.latestClauses();
    }

    /**
     * A new version of the clauses, each in French, Dutch and English (the agreement is printed in the languages of
     * the two organisations, whichever they are). {@code basedOn} is the version the coordinator read: if another was
     * written meanwhile, hers is refused rather than silently replacing it.
     */
    public AgreementClauses writeClauses(int basedOn, String insuranceFr, String insuranceNl, String insuranceEn,
                                         String confidentialityFr, String confidentialityNl, String confidentialityEn) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        LocalizedText insurance = new LocalizedText(input.text("insuranceFr", insuranceFr, MAX_CLAUSE, true),
                input.text("insuranceNl", insuranceNl, MAX_CLAUSE, true),
                input.text("insuranceEn", insuranceEn, MAX_CLAUSE, true));
        LocalizedText confidentiality = new LocalizedText(
                input.text("confidentialityFr", confidentialityFr, MAX_CLAUSE, true),
                input.text("confidentialityNl", confidentialityNl, MAX_CLAUSE, true),
                input.text("confidentialityEn", confidentialityEn, MAX_CLAUSE, true));
        input.throwIfAny();
        AgreementClauses latest = bookings.latestClauses();
        if (latest.getVersion() != basedOn) {
            throw changedMeanwhile();
        }
        if (latest.getInsurance().equals(insurance) && latest.getConfidentiality().equals(confidentiality)) {
            return latest; // nothing changed: no new version for the same words
        }
        AgreementClauses next = new AgreementClauses(latest.getVersion() + 1, insurance, confidentiality,
                coordinator.getId(), clock.instant());
        try {
            em.persist(next);
            em.flush();
        } catch (PersistenceException sameVersionWrittenMeanwhile) {
            throw changedMeanwhile();
        }
        return next;
    }

    /** Every booking, newest first, a page at a time, with the organisations' names (three queries). */
    public BookingPage bookings(int page) {
        int asked = Math.max(1, page);
        List<ImmersionBooking> found = bookings.all((asked - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean hasNext = found.size() > PAGE_SIZE;
        List<ImmersionBooking> shown = hasNext ? found.subList(0, PAGE_SIZE) : found;
        Set<Long> ids = new HashSet<>();
        shown.forEach(b -> {
            ids.add(b.getHostId());
            ids.add(b.getVisitorOrganisationId());
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class).setParameter("ids", ids)
                    .getResultList().forEach(o -> names.put(o.getId(), o.displayName()));
        }
        return new BookingPage(asked, hasNext, shown.stream().map(b -> new BookingRow(b.getId(), b.getVisitorName(),
                names.getOrDefault(b.getVisitorOrganisationId(), ""), names.getOrDefault(b.getHostId(), ""),
                b.getFirstDay(), b.getLastDay(), b.getStatus(), b.getDirection(), b.isReported())).toList());
    }

    private static BusinessException changedMeanwhile() {
        return new BusinessException(BusinessException.Kind.CONFLICT, "immersion.coordination.clausesChanged");
    }
}
