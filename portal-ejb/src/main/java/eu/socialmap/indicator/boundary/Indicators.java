package eu.socialmap.indicator.boundary;

import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.IndicatorDetails;
import eu.socialmap.indicator.entity.Measure;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.indicator.control.EvidenceFiles;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.TransactionEnd;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The coordinator defines the programme's indicators (every field checked at once, optimistic versions), deletes
 * one defined by mistake (with its entered values and their evidence) and chooses the public figures of the home
 * page. Audited.
 */
@Stateless
@RolesAllowed(Role.Names.COORDINATOR)
public class Indicators {

    public static final BigDecimal MAX_VALUE = new BigDecimal("999999999");
    public static final int MAX_POSITION = 9999;
    /** The public figures the home page may show, in their default order. */
    public static final List<String> HOME_FIGURES = List.of("MEMBERS", "SERVICES", "EVENTS", "IMMERSIONS", "PRACTICES");

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    DataDirectory dataDirectory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    public List<Indicator> all() {
        callers.withRole(Role.COORDINATOR);
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    public Indicator forEditing(long id) {
        callers.withRole(Role.COORDINATOR);
        Indicator indicator = em.find(Indicator.class, id);
        if (indicator == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.notFound");
        }
        return indicator;
    }

    public Indicator create(IndicatorDetails details) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        Indicator indicator = new Indicator(check(details), clock.instant());
        em.persist(indicator);
        em.flush();
        audit.record(coordinator.getId(), "indicator.created", "indicator", indicator.getId(), null);
        return indicator;
    }

    public Indicator update(long id, long version, IndicatorDetails details) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        IndicatorDetails checked = check(details);
        Indicator indicator = forEditing(id);
        if (indicator.getVersion() != version) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "indicator.edit.changed");
        }
        if (indicator.isEntered() && checked.source() != Indicator.Source.ENTERED && hasEntries(id)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "indicator.edit.hasEntries");
        }
        indicator.describe(checked);
        em.flush();
        audit.record(coordinator.getId(), "indicator.updated", "indicator", id, null);
        return indicator;
    }

    /** How many values partners entered for an indicator: its deletion deletes them too. */
    public long entryCount(long id) {
        callers.withRole(Role.COORDINATOR);
        return em.createQuery("SELECT COUNT(e) FROM IndicatorEntry e WHERE e.indicatorId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
    }

    /**
     * Deletes an indicator, the values entered for it and their evidence: the files once the deletion is committed
     * (a rollback keeps them with their rows). The audit keeps its name and how many values went with it.
     */
    public void delete(long id, long version) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        Indicator indicator = forEditing(id);
        if (indicator.getVersion() != version) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "indicator.edit.changed");
        }
        List<String> evidence = em.createQuery("SELECT e.evidenceStored FROM IndicatorEntry e "
                        + "WHERE e.indicatorId = :id AND e.evidenceStored IS NOT NULL", String.class)
                .setParameter("id", id).getResultList();
        int entries = em.createQuery("DELETE FROM IndicatorEntry e WHERE e.indicatorId = :id")
                .setParameter("id", id).executeUpdate();
        em.remove(indicator);
        em.flush();
        audit.record(coordinator.getId(), "indicator.deleted", "indicator", id,
                indicator.getName().in(Language.FR) + ", entries deleted: " + entries);
        EvidenceFiles files = new EvidenceFiles(dataDirectory.resolve("documents"));
        TransactionEnd.afterCompletion(transactions, committed -> {
            if (committed) {
                evidence.forEach(files::delete);
            }
        });
    }

    /** Which public figures the home page shows, code → shown, in order. */
    public record HomeChoice(String code, boolean shown) implements Serializable {
    }

    public List<HomeChoice> homeChoices() {
        callers.withRole(Role.COORDINATOR);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT code, shown FROM home_figure ORDER BY position, code")
                .getResultList();
        return rows.stream().filter(r -> HOME_FIGURES.contains((String) r[0]))
                .map(r -> new HomeChoice((String) r[0], truthy(r[1]))).toList();
    }

    /** Shows exactly these figures (unknown codes are ignored). */
    public void chooseHomeFigures(Map<String, Boolean> shown) {
        Account coordinator = callers.withRole(Role.COORDINATOR);
        List<String> chosen = new ArrayList<>();
        for (String code : HOME_FIGURES) {
            boolean show = Boolean.TRUE.equals(shown.get(code));
            em.createNativeQuery("UPDATE home_figure SET shown = ? WHERE code = ?").setParameter(1, show)
                    .setParameter(2, code).executeUpdate();
            if (show) {
                chosen.add(code);
            }
        }
        audit.record(coordinator.getId(), "indicator.homeFigures", "indicator", null, String.join(",", chosen));
    }

    private boolean hasEntries(long id) {
        return entryCount(id) > 0;
    }

    /** Every field at once; the texts stripped. */
    static IndicatorDetails check(IndicatorDetails details) {
        InputCheck input = new InputCheck();
        LocalizedText name = details.name() == null ? new LocalizedText("", "", "") : details.name();
        String nameFr = input.text("name", name.exactly(Language.FR), 200, false);
        String nameNl = input.text("name", name.exactly(Language.NL), 200, false);
        String nameEn = input.text("name", name.exactly(Language.EN), 200, false);
        if ("".equals(nameFr) && "".equals(nameNl) && "".equals(nameEn)) {
            input.refuse("name", "indicator.edit.nameRequired");
        }
        LocalizedText unit = details.unit() == null ? new LocalizedText("", "", "") : details.unit();
        String unitFr = input.text("unit", unit.exactly(Language.FR), 60, false);
        String unitNl = input.text("unit", unit.exactly(Language.NL), 60, false);
        String unitEn = input.text("unit", unit.exactly(Language.EN), 60, false);
        if (details.target() == null) {
            input.refuse("target", "input.required");
        } else if (details.target().signum() < 0 || details.target().compareTo(MAX_VALUE) > 0) {
            input.refuse("target", "indicator.edit.targetRange", MAX_VALUE.toPlainString());
        } else if (details.target().scale() > 2) {
            input.refuse("target", "indicator.edit.decimals");
        }
        if (details.periodStart() == null) {
            input.refuse("periodStart", "input.required");
        }
        if (details.periodEnd() == null) {
            input.refuse("periodEnd", "input.required");
        } else if (details.periodStart() != null && details.periodEnd().isBefore(details.periodStart())) {
            input.refuse("periodEnd", "indicator.edit.periodOrder");
        } else if (details.periodStart() != null && details.periodStart().plusYears(20).isBefore(details.periodEnd())) {
            input.refuse("periodEnd", "indicator.edit.periodLength");
        }
        String territory = input.text("territory", details.territory(), 200, false);
        if (details.source() == null) {
            input.refuse("source", "input.required");
        }
        String parameter = details.parameter() == null || details.parameter().isBlank() ? null : details.parameter().strip();
        if (details.source() == Indicator.Source.COMPUTED) {
            if (details.measure() == null) {
                input.refuse("measure", "indicator.edit.measureRequired");
            } else if (parameter != null && (details.measure() != Measure.EVENT_PARTICIPANTS
                    || InputCheck.named(ParticipantType.class, parameter) == null)) {
                input.refuse("parameter", "indicator.edit.parameterInvalid");
            }
        }
        if (details.position() < 0 || details.position() > MAX_POSITION) {
            input.refuse("position", "indicator.edit.positionRange", MAX_POSITION);
        }
        input.throwIfAny();
        return new IndicatorDetails(new LocalizedText(nameFr, nameNl, nameEn), new LocalizedText(unitFr, unitNl, unitEn),
                details.target(), details.periodStart(), details.periodEnd(), territory, details.source(),
                details.source() == Indicator.Source.COMPUTED ? details.measure() : null,
                details.source() == Indicator.Source.COMPUTED ? parameter : null, details.onHome(), details.position());
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
