package eu.socialmap.indicator.boundary;

import eu.socialmap.indicator.control.FactQueries;
import eu.socialmap.indicator.control.Fact;
import eu.socialmap.indicator.control.Figures;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public figures of the home page the coordinator chose: member organisations, services on the map, events and
 * immersions done this year, practice sheets published — one query —, then the indicators marked "on the home page"
 * (their total against their target over their own period; one query for the entered ones, one per computed one).
 */
@Stateless
@PermitAll
public class HomeFigures {

    static final String COUNTS = "SELECT "
            + "(SELECT COUNT(*) FROM organisation WHERE status = 'ACCEPTED' AND signed_charter >= ?1), "
            + "(SELECT COUNT(*) FROM service s JOIN organisation o ON o.id = s.organisation_id "
            + "WHERE s.status = 'ACTIVE' AND o.status = 'ACCEPTED'), "
            + "(SELECT COUNT(*) FROM event WHERE status = 'PUBLISHED' AND starts_at >= ?2 AND starts_at < ?3), "
            + "(SELECT COUNT(*) FROM immersion_booking WHERE status = 'AGREED' AND first_day >= ?4 AND first_day < ?5 "
            + "AND last_day <= ?6), "
            + "(SELECT COUNT(*) FROM practice_sheet WHERE status = 'PUBLISHED')";
    /** At most this many indicators on the home page. */
    static final int MAX_INDICATORS = 6;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Charter charter;

    Clock clock = Clock.systemUTC();

    /** One public figure: {@code code} a figure's code, or null for an indicator (then {@code name} is its name). */
    public record Figure(String code, String name, BigDecimal value, BigDecimal target, String unit, int percent)
            implements Serializable {
    }

    public List<Figure> shown(Language language) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Messages.NETWORK_ZONE);
        int year = today.getYear();
        Integer inForce = charter.inForceNumber();
        Object[] counts = (Object[]) em.createNativeQuery(COUNTS)
                .setParameter(1, inForce == null ? Integer.MAX_VALUE : inForce)
                .setParameter(2, LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter(3, LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .setParameter(4, LocalDate.of(year, 1, 1)).setParameter(5, LocalDate.of(year + 1, 1, 1))
                .setParameter(6, today).getSingleResult();
        Map<String, Integer> columns = Map.of("MEMBERS", 0, "SERVICES", 1, "EVENTS", 2, "IMMERSIONS", 3, "PRACTICES", 4);
        List<Figure> figures = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> shown = em.createNativeQuery("SELECT code FROM home_figure WHERE shown = TRUE ORDER BY position, code")
                .getResultList();
        for (Object code : shown) {
            Integer column = columns.get(code.toString());
            if (column != null) {
                figures.add(new Figure(code.toString(), null,
                        BigDecimal.valueOf(((Number) counts[column]).longValue()), null, null, 0));
            }
        }
        List<Indicator> indicators = em.createNamedQuery(Indicator.ON_HOME, Indicator.class)
                .setMaxResults(MAX_INDICATORS).getResultList();
        FactQueries queries = new FactQueries(em);
        Map<Long, List<Fact>> entered = queries.entered(
                indicators.stream().filter(Indicator::isEntered).map(Indicator::getId).toList());
        for (Indicator i : indicators) {
            List<Fact> facts = i.isEntered() ? entered.get(i.getId()) : queries.computed(i.getMeasure(),
                    i.getParameter(), i.getPeriodStart(), i.getPeriodEnd(), now, inForce);
            Figures f = Figures.of(facts, i.getPeriodStart(), i.getPeriodEnd(), i.isStock(), i.getTarget(),
                    language.locale());
            figures.add(new Figure(null, i.getName().in(language), f.total(), i.getTarget(), i.getUnit().in(language),
                    f.percent()));
        }
        return figures;
    }
}
