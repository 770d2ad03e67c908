package eu.socialmap.indicator.control;

import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.Measure;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts of each measure, by one grouped query each (a day, a partner and its country and commune, a count), every
 * value bound as a parameter. The definitions follow the capabilities' own figures: an immersion is done once agreed
 * and its last day has come, counted in the period of its first day, for the visitor's (sending) organisation
 * ({@code ImmersionFigures}); participants are seated people checked in ({@code EventFigures}), at the events of the
 * period that were not cancelled; meetings are confirmed ones that have started, for their host.
 */
public final class FactQueries {

    private static final String PARTNER = "o.id, o.short_name, o.legal_name, o.country, o.commune";
    private static final String DONE = " FROM immersion_booking b JOIN organisation o ON o.id = b.visitor_org_id "
            + "WHERE b.status = 'AGREED' AND b.first_day >= ?1 AND b.first_day <= ?2 AND b.last_day <= ?3";
    static final String IMMERSIONS = "SELECT b.first_day, " + PARTNER + ", COUNT(*)" + DONE
            + " GROUP BY b.first_day, " + PARTNER;
    /** Each done immersion in order: the first of each professional counts her (a deleted account's, each once). */
    static final String PROFESSIONALS = "SELECT b.first_day, " + PARTNER + ", b.visitor_id" + DONE
            + " ORDER BY b.first_day, b.id";
    static final String SERVICES = "SELECT DATE(s.created_at), " + PARTNER + ", COUNT(*) FROM service s "
            + "JOIN organisation o ON o.id = s.organisation_id WHERE s.status = 'ACTIVE' AND o.status = 'ACCEPTED' "
            + "AND s.created_at < ?1 GROUP BY DATE(s.created_at), " + PARTNER;
    /** Members of the charter in force, each dated by its first signature (its acceptance for one without). */
    static final String MEMBERS = "SELECT m.day, m.id, m.short_name, m.legal_name, m.country, m.commune, 1 FROM ("
            + "SELECT DATE(COALESCE((SELECT MIN(cs.signed_at) FROM charter_signature cs WHERE cs.organisation_id = o.id), "
            + "o.reviewed_at, o.created_at)) AS day, " + PARTNER + " FROM organisation o "
            + "WHERE o.status = 'ACCEPTED' AND o.signed_charter >= ?1) m WHERE m.day <= ?2";
    private static final String PRESENT = " FROM registration r JOIN event e ON e.id = r.event_id "
            + "LEFT JOIN organisation o ON o.id = r.organisation_id WHERE e.status <> 'CANCELLED' "
            + "AND r.status = 'CONFIRMED' AND r.checked_in_at IS NOT NULL AND e.starts_at >= ?1 AND e.starts_at < ?2";
    private static final String PARTICIPANT_GROUP = " GROUP BY DATE(e.starts_at), o.id, o.short_name, o.legal_name, "
            + "COALESCE(o.country, r.country), o.commune";
    static final String PARTICIPANTS = "SELECT DATE(e.starts_at), o.id, o.short_name, o.legal_name, "
            + "COALESCE(o.country, r.country), o.commune, COUNT(*)" + PRESENT + PARTICIPANT_GROUP;
    static final String PARTICIPANTS_OF_TYPE = "SELECT DATE(e.starts_at), o.id, o.short_name, o.legal_name, "
            + "COALESCE(o.country, r.country), o.commune, COUNT(*)" + PRESENT + " AND r.participant_type = ?3"
            + PARTICIPANT_GROUP;
    static final String MEETINGS = "SELECT DATE(m.starts_at), " + PARTNER + ", COUNT(*) FROM meeting m "
            + "LEFT JOIN organisation o ON o.id = m.host_organisation_id WHERE m.status = 'CONFIRMED' "
            + "AND m.starts_at >= ?1 AND m.starts_at < ?2 AND m.starts_at <= ?3 GROUP BY DATE(m.starts_at), " + PARTNER;
    /** Entered values of several indicators at once; the territory and side are the entry's own. */
    static final String ENTRIES = "SELECT e.indicatorId, e.date, o.id, o.shortName, o.legalName, e.country, "
            + "e.territory, SUM(e.value) FROM IndicatorEntry e, Organisation o WHERE o.id = e.organisationId "
            + "AND e.indicatorId IN :ids GROUP BY e.indicatorId, e.date, o.id, o.shortName, o.legalName, "
            + "e.country, e.territory";

    private final EntityManager em;

    public FactQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The facts of a computed measure that may count in {@code [from, to]} as of {@code now}; {@code charterInForce}
     * null: nobody is a member.
     */
    public List<Fact> computed(Measure measure, String parameter, LocalDate from, LocalDate to, Instant now,
                               Integer charterInForce) {
        return switch (measure) {
            case IMMERSIONS_DONE -> facts(em.createNativeQuery(IMMERSIONS).setParameter(1, from)
                    .setParameter(2, to).setParameter(3, today(now)));
            case PROFESSIONALS_IN_IMMERSION -> professionals(from, to, today(now));
            case SERVICES_IN_NETWORK -> facts(em.createNativeQuery(SERVICES).setParameter(1, startOf(to.plusDays(1))));
            case MEMBER_ORGANISATIONS -> charterInForce == null ? List.of()
                    : facts(em.createNativeQuery(MEMBERS).setParameter(1, charterInForce).setParameter(2, to));
            case EVENT_PARTICIPANTS -> {
                ParticipantType type = parameter == null ? null : eu.socialmap.platform.control.InputCheck.named(
                        ParticipantType.class, parameter);
                Query query = em.createNativeQuery(type == null ? PARTICIPANTS : PARTICIPANTS_OF_TYPE)
                        .setParameter(1, startOf(from)).setParameter(2, startOf(to.plusDays(1)));
                if (type != null) {
                    query.setParameter(3, type.name());
                }
                yield facts(query);
            }
            case GROUP_MEETINGS_HELD -> facts(em.createNativeQuery(MEETINGS).setParameter(1, startOf(from))
                    .setParameter(2, startOf(to.plusDays(1)))
                    .setParameter(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC)));
        };
    }

    /** The entered facts of these indicators, by indicator id (an indicator without entries has an empty list). */
    public Map<Long, List<Fact>> entered(Collection<Long> indicatorIds) {
        Map<Long, List<Fact>> facts = new HashMap<>();
        indicatorIds.forEach(id -> facts.put(id, new ArrayList<>()));
        if (indicatorIds.isEmpty()) {
            return facts;
        }
        List<Object[]> rows = em.createQuery(ENTRIES, Object[].class).setParameter("ids", List.copyOf(indicatorIds))
                .getResultList();
        for (Object[] row : rows) {
            facts.get(((Number) row[0]).longValue()).add(new Fact(date(row[1]), ((Number) row[2]).longValue(),
                    partner(row[3], row[4]), (String) row[5], (String) row[6], decimal(row[7])));
        }
        return facts;
    }

    /** The facts of any indicator. */
    public List<Fact> of(Indicator indicator, LocalDate from, LocalDate to, Instant now, Integer charterInForce) {
        if (indicator.isEntered()) {
            return entered(List.of(indicator.getId())).get(indicator.getId());
        }
        return computed(indicator.getMeasure(), indicator.getParameter(), from, to, now, charterInForce);
    }

    private List<Fact> professionals(LocalDate from, LocalDate to, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PROFESSIONALS).setParameter(1, from)
                .setParameter(2, to).setParameter(3, today).getResultList();
        Set<Long> seen = new HashSet<>();
        List<Fact> facts = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[6] == null || seen.add(((Number) row[6]).longValue())) {
                facts.add(new Fact(date(row[0]), ((Number) row[1]).longValue(), partner(row[2], row[3]),
                        (String) row[4], (String) row[5], BigDecimal.ONE));
            }
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static List<Fact> facts(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Fact(date(row[0]), row[1] == null ? null : ((Number) row[1]).longValue(),
                row[1] == null ? null : partner(row[2], row[3]), row[4] == null ? null : row[4].toString(),
                (String) row[5], decimal(row[6]))).toList();
    }

    /** The short name, or the legal name of one without. */
    static String partner(Object shortName, Object legalName) {
        String name = shortName == null ? "" : shortName.toString();
        return name.isBlank() && legalName != null ? legalName.toString() : name;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date sql) {
            return sql.toLocalDate();
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Timestamp moment) {
            return moment.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() < 0 ? decimal.setScale(0) : decimal.stripTrailingZeros();
        }
        return BigDecimal.valueOf(((Number) value).longValue());
    }

    private static LocalDateTime startOf(LocalDate day) {
        return day.atStartOfDay();
    }

    /** Today in the network's time zone (an immersion is done once its last day has come there). */
    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, eu.socialmap.platform.control.Messages.NETWORK_ZONE);
    }
}
