package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.control.FiguresExport;
import eu.socialmap.immersion.control.YearFigures;
import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The coordinator's yearly immersion figures against the funder's target, and their exports. An immersion counts in
 * the year of its first day once it is agreed and its last day has come; one agreed but not over yet is "planned".
 * Ten queries whatever the number of immersions: the totals, the planned ones, four grouped breakdowns, the list,
 * the names of the themes and of the organisations, the target.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class ImmersionFigures {

    /** The funder's target in the programme's documents: 60 professionals in immersion a year. */
    public static final int DEFAULT_TARGET = 60;
    public static final int MAX_TARGET = 10_000;
    /** The years the figures may be asked for (a target is set for one of them). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** More immersions than a year holds by far: a bound on the list, never reached in practice. */
    static final int MAX_LIST = 20_000;

    private static final String AGREED_IN_YEAR = " FROM ImmersionBooking b WHERE b.status = "
            + "eu.socialmap.immersion.entity.ImmersionBooking.Status.AGREED AND b.firstDay >= :from AND b.firstDay < :to";
    static final String DONE = AGREED_IN_YEAR + " AND b.lastDay <= :today";
    /** Immersions, distinct professionals, and immersions of deleted accounts (each of them one more professional). */
    private static final String COUNTS = "COUNT(b), COUNT(DISTINCT b.visitorId), "
            + "SUM(CASE WHEN b.visitorId IS NULL THEN 1 ELSE 0 END)";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /** The year's figures, names and themes in this language. */
    public YearFigures of(int year, Language language) {
        callers.withRole(Role.COORDINATOR);
        requireYear(year, "year");
        Object[] totals = done("SELECT " + COUNTS + DONE, year, Object[].class).getSingleResult();
        long planned = em.createQuery("SELECT COUNT(b)" + AGREED_IN_YEAR + " AND b.lastDay > :today", Long.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .setParameter("today", today()).getSingleResult();
        List<Object[]> directions = grouped("b.direction", year);
        List<Object[]> themes = grouped("b.themeTermId", year);
        List<Object[]> hosts = grouped("b.hostId", year);
        List<Object[]> senders = grouped("b.visitorOrganisationId", year);
        List<ImmersionBooking> done = done("SELECT b" + DONE + " ORDER BY b.firstDay, b.id", year, ImmersionBooking.class)
                .setMaxResults(MAX_LIST).getResultList();

        Map<Long, String> themeNames = themeNames(ids(themes), language);
        Set<Long> organisationIds = new HashSet<>(ids(hosts));
        organisationIds.addAll(ids(senders));
        Map<Long, String> organisationNames = organisationNames(organisationIds);
        Integer target = target(year);

        Collator collator = Collator.getInstance(language.locale());
        List<YearFigures.Line> byDirection = new ArrayList<>();
        for (Direction direction : Direction.values()) {
            // every direction, even without immersions: the funder reads the three lines each year
            Object[] row = directions.stream().filter(r -> r[0] == direction).findFirst()
                    .orElse(new Object[]{direction, 0L, 0L, 0L});
            byDirection.add(line(direction.name(), "", row));
        }
        return new YearFigures(year, number(totals[0]), professionals(totals), target == null ? DEFAULT_TARGET : target,
                target != null, planned, byDirection, lines(themes, themeNames, collator),
                lines(hosts, organisationNames, collator), lines(senders, organisationNames, collator),
                done.stream().map(b -> new YearFigures.Immersion(b.getId(), b.getVisitorName(),
                        organisationNames.getOrDefault(b.getVisitorOrganisationId(), ""),
                        organisationNames.getOrDefault(b.getHostId(), ""), b.getFirstDay(), b.getLastDay(),
                        b.getWorkingDays(), b.getThemeTermId() == null ? "" : themeNames.getOrDefault(b.getThemeTermId(), ""),
                        b.getDirection(), b.isReported(), b.getReportRecommends())).toList());
    }

    /** The years to choose from: from the first agreed immersion's (or this one) to next year, newest first. */
    public List<Integer> years() {
        callers.withRole(Role.COORDINATOR);
        int thisYear = today().getYear();
        LocalDate first = em.createQuery("SELECT MIN(b.firstDay) FROM ImmersionBooking b WHERE b.status = "
                + "eu.socialmap.immersion.entity.ImmersionBooking.Status.AGREED", LocalDate.class).getSingleResult();
        int from = Math.max(FIRST_YEAR, first == null ? thisYear : Math.min(first.getYear(), thisYear));
        int to = Math.min(LAST_YEAR, thisYear + 1);
        return IntStream.rangeClosed(from, to).map(y -> to - (y - from)).boxed().toList();
    }

    /** The number of professionals the funder expects in immersion that year. */
    public void setTarget(int year, int professionals) {
        callers.withRole(Role.COORDINATOR);
        InputCheck input = new InputCheck();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            input.refuse("year", "immersion.figures.yearRange", FIRST_YEAR, LAST_YEAR);
        }
        if (professionals < 1 || professionals > MAX_TARGET) {
            input.refuse("professionals", "immersion.figures.targetRange", 1, MAX_TARGET);
        }
        input.throwIfAny();
        // one statement: two coordinators saving at once both succeed, the last one counts
        em.createNativeQuery("INSERT INTO immersion_target (year, professionals) VALUES (?, ?) "
                        + "ON DUPLICATE KEY UPDATE professionals = VALUES(professionals)")
                .setParameter(1, year).setParameter(2, professionals).executeUpdate();
    }

    /** The immersions done that year as CSV, UTF-8 with a byte-order mark (a spreadsheet then reads the accents). */
    public byte[] csv(int year, Language language) {
        StringWriter out = new StringWriter();
        FiguresExport.csv(of(year, language), language, out);
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** The summary and the list as an XLSX workbook. */
    public byte[] xlsx(int year, Language language) {
        return FiguresExport.xlsx(of(year, language), language);
    }

    private <T> TypedQuery<T> done(String query, int year, Class<T> type) {
        return em.createQuery(query, type).setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1)).setParameter("today", today());
    }

    private List<Object[]> grouped(String by, int year) {
        return done("SELECT " + by + ", " + COUNTS + DONE + " GROUP BY " + by, year, Object[].class).getResultList();
    }

    private Integer target(int year) {
        List<?> found = em.createNativeQuery("SELECT professionals FROM immersion_target WHERE year = ?")
                .setParameter(1, year).getResultList();
        return found.isEmpty() ? null : ((Number) found.get(0)).intValue();
    }

    private Map<Long, String> themeNames(Set<Long> ids, Language language) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT t FROM TaxonomyTerm t WHERE t.id IN :ids", TaxonomyTerm.class).setParameter("ids", ids)
                    .getResultList().forEach(t -> names.put(t.getId(), t.getName().in(language)));
        }
        return names;
    }

    private Map<Long, String> organisationNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class).setParameter("ids", ids)
                    .getResultList().forEach(o -> names.put(o.getId(), o.displayName()));
        }
        return names;
    }

    private static Set<Long> ids(List<Object[]> rows) {
        Set<Long> ids = new HashSet<>();
        rows.stream().filter(r -> r[0] != null).forEach(r -> ids.add(number(r[0])));
        return ids;
    }

    /** Most professionals first, then by name; "no theme" last. */
    private static List<YearFigures.Line> lines(List<Object[]> rows, Map<Long, String> names, Collator collator) {
        return rows.stream().map(r -> line(r[0] == null ? null : String.valueOf(number(r[0])),
                        r[0] == null ? "" : names.getOrDefault(number(r[0]), ""), r))
                .sorted(Comparator.comparing((YearFigures.Line l) -> l.key() == null)
                        .thenComparing(YearFigures.Line::professionals, Comparator.reverseOrder())
                        .thenComparing(YearFigures.Line::label, collator::compare))
                .toList();
    }

    private static YearFigures.Line line(String key, String label, Object[] row) {
        return new YearFigures.Line(key, label, number(row[1]), professionals(new Object[]{row[1], row[2], row[3]}));
    }

    /** Distinct accounts, plus one for each immersion of a deleted account. */
    private static long professionals(Object[] counts) {
        return number(counts[1]) + (counts[2] == null ? 0 : number(counts[2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void requireYear(int year, String field) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            InputCheck input = new InputCheck();
            input.refuse(field, "immersion.figures.yearRange", FIRST_YEAR, LAST_YEAR);
            input.throwIfAny();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
    }
}
