package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.ParticipantType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of an event for the network's indicators: the people who had a seat and those who came, by kind of
 * organisation, by country, and by type of participant (professionals, volunteers, the public). Three grouped
 * queries, whatever the number of participants.
 */
@Stateless
@PermitAll
public class EventFigures {

    private static final String SEATED = "r.eventId = :event AND r.status = eu.socialmap.event.entity.Registration.Status.CONFIRMED";
    private static final String PRESENT = "SUM(CASE WHEN r.checkedInAt IS NULL THEN 0 ELSE 1 END)";
    static final String BY_KIND = "SELECT r.organisationKind, COUNT(r), " + PRESENT + " FROM Registration r WHERE " + SEATED
            + " GROUP BY r.organisationKind";
    static final String BY_COUNTRY = "SELECT r.country, COUNT(r), " + PRESENT + " FROM Registration r WHERE " + SEATED
            + " GROUP BY r.country";
    static final String BY_TYPE = "SELECT r.participantType, COUNT(r), " + PRESENT + " FROM Registration r WHERE " + SEATED
            + " GROUP BY r.participantType";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Events events;

    /** One line of a breakdown; {@code key} null: not given (no organisation, no country). */
    public record Line(String key, long seated, long present) implements Serializable {
    }

    public record Figures(long seated, long present, List<Line> byOrganisationKind, List<Line> byCountry,
                          List<Line> byParticipantType) implements Serializable {
    }

    public Figures of(long eventId) {
        events.requireOrganiser(eventId);
        List<Line> kinds = lines(BY_KIND, eventId);
        List<Line> countries = lines(BY_COUNTRY, eventId);
        List<Line> types = lines(BY_TYPE, eventId);
        return new Figures(kinds.stream().mapToLong(Line::seated).sum(), kinds.stream().mapToLong(Line::present).sum(),
                kinds, countries, types);
    }

    /** Largest first, "not given" last. */
    private List<Line> lines(String query, long eventId) {
        return em.createQuery(query, Object[].class).setParameter("event", eventId).getResultStream()
                .map(row -> new Line(row[0] == null ? null : row[0] instanceof ParticipantType type ? type.name() : row[0].toString(),
                        ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()))
                .sorted(Comparator.comparing((Line l) -> l.key() == null).thenComparing(Line::seated, Comparator.reverseOrder())
                        .thenComparing(l -> l.key() == null ? "" : l.key()))
                .toList();
    }
}
