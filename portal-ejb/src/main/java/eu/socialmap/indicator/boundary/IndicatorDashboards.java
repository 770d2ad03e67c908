package eu.socialmap.indicator.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.indicator.control.EvidenceFiles;
import eu.socialmap.indicator.control.FactQueries;
import eu.socialmap.indicator.control.Figures;
import eu.socialmap.indicator.control.Report;
import eu.socialmap.indicator.control.ReportDocuments;
import eu.socialmap.indicator.entity.Indicator;
import eu.socialmap.indicator.entity.IndicatorEntry;
import eu.socialmap.indicator.entity.Measure;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The dashboards, the funder's report and the entered values with their evidence. Readers are the people of member
 * organisations and the coordinators: anyone else is refused (an entry or its evidence asked for by id: "not
 * found"). A person of a member organisation enters values for her organisation, a coordinator for any member; the
 * entry's organisation or a coordinator deletes it. Entries and deletions are audited.
 */
@Stateless
@PermitAll
public class IndicatorDashboards {

    /** The entries a dashboard lists on a page, newest first (the figures count them all). */
    public static final int ENTRIES_PER_PAGE = 50;
    public static final List<String> SIDES = List.of("BE", "FR");

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Charter charter;

    @Inject
    AuditTrail audit;

    @Inject
    DataDirectory dataDirectory;

    Clock clock = Clock.systemUTC();

    /** An indicator and its figures for a period, texts in the reader's language. */
    public record Progress(long id, String name, String unit, String territory, Indicator.Source source,
                           Measure measure, String parameter, LocalDate periodStart, LocalDate periodEnd,
                           Figures figures) implements Serializable {
    }

    /** An entered value as the dashboard lists it. */
    public record EntryLine(long id, BigDecimal value, LocalDate date, String territory, String country,
                            long organisationId, String partner, String enteredBy, Instant enteredAt, String note,
                            String evidenceName, Long evidenceSize, boolean mayDelete) implements Serializable {
    }

    /** An indicator's figures and a page of its entered values of the period. */
    public record Dashboard(Progress progress, List<EntryLine> entries, long entryCount, int page, int pages,
                            boolean mayEnter) implements Serializable {
    }

    /** What the entry form needs: the indicator, and the partners a coordinator may enter for. */
    public record EntryContext(Progress progress, boolean coordinator, Long ownOrganisation, String ownCountry,
                               String ownCommune, List<Partner> partners) implements Serializable {
    }

    public record Partner(long id, String name) implements Serializable {
    }

    public record EntryInput(Long organisationId, BigDecimal value, LocalDate date, String territory, String country,
                             String note) implements Serializable {
    }

    public record Evidence(String fileName, String contentType, byte[] content) {
    }

    /** Whether the signed-in person may read the dashboards (for the menu and the home page). */
    public boolean mayRead() {
        return callers.signedIn().map(this::isReader).orElse(false);
    }

    /** Every indicator over its own period. */
    public List<Progress> programme(Language language) {
        reader();
        Instant now = clock.instant();
        Integer inForce = charter.inForceNumber();
        FactQueries queries = new FactQueries(em);
        List<Indicator> indicators = em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
        Map<Long, List<eu.socialmap.indicator.control.Fact>> entered = queries.entered(
                indicators.stream().filter(Indicator::isEntered).map(Indicator::getId).toList());
        return indicators.stream().map(i -> progress(i, i.getPeriodStart(), i.getPeriodEnd(), language,
                i.isEntered() ? entered.get(i.getId())
                        : queries.computed(i.getMeasure(), i.getParameter(), i.getPeriodStart(), i.getPeriodEnd(), now, inForce)))
                .toList();
    }

    /** One indicator over a period (null dates: its own period), with a page of its entries (from 1). */
    public Dashboard dashboard(long id, LocalDate from, LocalDate to, int page, Language language) {
        Account caller = reader();
        Indicator indicator = find(id);
        LocalDate start = from == null ? indicator.getPeriodStart() : from;
        LocalDate end = to == null ? indicator.getPeriodEnd() : to;
        requirePeriod(start, end);
        Progress progress = progress(indicator, start, end, language, new FactQueries(em)
                .of(indicator, start, end, clock.instant(), charter.inForceNumber()));
        if (!indicator.isEntered()) {
            return new Dashboard(progress, List.of(), 0, 1, 1, false);
        }
        long count = em.createNamedQuery(IndicatorEntry.COUNT_IN_PERIOD, Long.class).setParameter("indicator", id)
                .setParameter("from", start).setParameter("to", end).getSingleResult();
        Paging paging = Paging.of(page, count, ENTRIES_PER_PAGE);
        return new Dashboard(progress, entries(id, start, end, paging, caller), count, paging.page(),
                paging.pageCount(), mayEnter(caller));
    }

    /** Every indicator over the same period: the funder's report. */
    public Report report(LocalDate from, LocalDate to, Language language) {
        reader();
        requirePeriod(from, to);
        Instant now = clock.instant();
        Integer inForce = charter.inForceNumber();
        FactQueries queries = new FactQueries(em);
        List<Indicator> indicators = em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
        Map<Long, List<eu.socialmap.indicator.control.Fact>> entered = queries.entered(
                indicators.stream().filter(Indicator::isEntered).map(Indicator::getId).toList());
        return new Report(from, to, indicators.stream().map(i -> {
            Progress p = progress(i, from, to, language, i.isEntered() ? entered.get(i.getId())
                    : queries.computed(i.getMeasure(), i.getParameter(), from, to, now, inForce));
            return new Report.Line(i.getId(), p.name(), p.unit(), i.isEntered(), p.figures());
        }).toList());
    }

    public byte[] reportPdf(LocalDate from, LocalDate to, Language language) {
        return ReportDocuments.pdf(report(from, to, language), language);
    }

    public byte[] reportXlsx(LocalDate from, LocalDate to, Language language) {
        return ReportDocuments.xlsx(report(from, to, language), language);
    }

    public EntryContext entryContext(long indicatorId, Language language) {
        Account caller = reader();
        Indicator indicator = find(indicatorId);
        if (!indicator.isEntered()) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.notFound");
        }
        boolean coordinator = caller.has(Role.COORDINATOR);
        Organisation own = caller.getOrganisationId() == null ? null : em.find(Organisation.class, caller.getOrganisationId());
        boolean ownIsMember = own != null && charter.statusOf(own) == MembershipStatus.MEMBER;
        List<Partner> partners = coordinator ? charter.allMembers().stream()
                .map(o -> new Partner(o.getId(), o.displayName())).toList() : List.of();
        Progress progress = progress(indicator, indicator.getPeriodStart(), indicator.getPeriodEnd(), language, List.of());
        return new EntryContext(progress, coordinator, ownIsMember ? own.getId() : null,
                ownIsMember ? own.getCountry().name() : null, ownIsMember ? own.getCommune() : null, partners);
    }

    /** A partner's value with its evidence (optional: {@code fileName} and {@code content} null). */
    public IndicatorEntry enter(long indicatorId, EntryInput input, String fileName, byte[] content) {
        Account caller = reader();
        Indicator indicator = find(indicatorId);
        if (!indicator.isEntered()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "indicator.enter.computed");
        }
        InputCheck check = new InputCheck();
        Long organisationId = input.organisationId() == null ? caller.getOrganisationId() : input.organisationId();
        Organisation partner = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (!caller.has(Role.COORDINATOR) && !caller.worksFor(organisationId)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "indicator.enter.otherOrganisation");
        }
        if (partner == null || charter.statusOf(partner) != MembershipStatus.MEMBER) {
            check.refuse("organisation", "indicator.enter.partner");
        }
        if (input.value() == null) {
            check.refuse("value", "input.required");
        } else if (input.value().signum() < 0 || input.value().compareTo(Indicators.MAX_VALUE) > 0) {
            check.refuse("value", "indicator.enter.valueRange", Indicators.MAX_VALUE.toPlainString());
        } else if (input.value().stripTrailingZeros().scale() > 2) {
            check.refuse("value", "indicator.edit.decimals");
        }
        if (input.date() == null) {
            check.refuse("date", "input.required");
        } else if (!indicator.covers(input.date())) {
            check.refuse("date", "indicator.enter.outsidePeriod", indicator.getPeriodStart().toString(),
                    indicator.getPeriodEnd().toString());
        } else if (input.date().isAfter(LocalDate.now(clock.withZone(Messages.NETWORK_ZONE)))) {
            check.refuse("date", "indicator.enter.future");
        }
        String territory = check.text("territory", input.territory(), 100, false);
        String country = input.country() == null || input.country().isBlank() ? null : input.country().strip();
        if (country == null || !SIDES.contains(country)) {
            check.refuse("country", "indicator.enter.side.required");
        }
        String note = check.text("note", input.note(), 1000, false);
        EvidenceFiles files = files();
        EvidenceFiles.Checked evidence = null;
        if (content != null && content.length > 0) {
            try {
                evidence = files.check(fileName, content);
            } catch (InvalidInput refused) {
                refused.fieldErrors().forEach(e -> check.refuse(e.field(), e.messageKey(), e.arguments().toArray()));
            }
        }
        check.throwIfAny();
        IndicatorEntry entry = new IndicatorEntry(indicatorId, partner.getId(), input.value(), input.date(),
                territory.isEmpty() ? partner.getCommune() : territory, country, note.isEmpty() ? null : note,
                caller.getId(), clock.instant());
        if (evidence != null) {
            entry.attach(evidence.fileName(), evidence.contentType(), content.length, files.store(content));
        }
        em.persist(entry);
        em.flush();
        audit.record(caller.getId(), "indicator.entry.added", "indicator", indicatorId,
                "entry " + entry.getId() + ", organisation " + partner.getId() + ", value " + input.value().toPlainString());
        return entry;
    }

    public void deleteEntry(long entryId) {
        Account caller = reader();
        IndicatorEntry entry = em.find(IndicatorEntry.class, entryId);
        if (entry == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.entry.notFound");
        }
        if (!mayDelete(caller, entry.getOrganisationId())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "indicator.entry.mayNotDelete");
        }
        em.remove(entry);
        em.flush();
        audit.record(caller.getId(), "indicator.entry.deleted", "indicator", entry.getIndicatorId(),
                "entry " + entryId + ", organisation " + entry.getOrganisationId() + ", value "
                        + entry.getValue().toPlainString());
        if (entry.hasEvidence()) {
            files().delete(entry.getEvidenceStored());
        }
    }

    /** An entry's evidence, for readers only: anyone else, like a missing file, gets "not found". */
    public Evidence evidence(long entryId) {
        Account caller = callers.signedIn().orElse(null);
        IndicatorEntry entry = em.find(IndicatorEntry.class, entryId);
        if (caller == null || !isReader(caller) || entry == null || !entry.hasEvidence()) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.entry.notFound");
        }
        try (InputStream in = files().open(entry.getEvidenceStored())) {
            return new Evidence(entry.getEvidenceName(), entry.getEvidenceType(), in.readAllBytes());
        } catch (java.nio.file.NoSuchFileException gone) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.entry.notFound");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<EntryLine> entries(long indicatorId, LocalDate from, LocalDate to, Paging paging, Account caller) {
        List<Object[]> rows = em.createQuery("SELECT e, o.shortName, o.legalName, a.displayName FROM IndicatorEntry e "
                        + "JOIN Organisation o ON o.id = e.organisationId LEFT JOIN Account a ON a.id = e.enteredBy "
                        + "WHERE e.indicatorId = :indicator AND e.date >= :from AND e.date <= :to "
                        + "ORDER BY e.date DESC, e.id DESC", Object[].class)
                .setParameter("indicator", indicatorId).setParameter("from", from).setParameter("to", to)
                .setFirstResult(paging.firstResult()).setMaxResults(paging.pageSize()).getResultList();
        return rows.stream().map(r -> {
            IndicatorEntry e = (IndicatorEntry) r[0];
            String shortName = (String) r[1];
            return new EntryLine(e.getId(), e.getValue(), e.getDate(), e.getTerritory(), e.getCountry(),
                    e.getOrganisationId(), shortName == null || shortName.isBlank() ? (String) r[2] : shortName,
                    (String) r[3], e.getEnteredAt(), e.getNote(), e.getEvidenceName(), e.getEvidenceSize(),
                    mayDelete(caller, e.getOrganisationId()));
        }).toList();
    }

    private Progress progress(Indicator i, LocalDate from, LocalDate to, Language language,
                              List<eu.socialmap.indicator.control.Fact> facts) {
        return new Progress(i.getId(), i.getName().in(language), i.getUnit().in(language), i.getTerritory(),
                i.getSource(), i.getMeasure(), i.getParameter(), i.getPeriodStart(), i.getPeriodEnd(),
                Figures.of(facts, from, to, i.isStock(), i.getTarget(), language.locale(),
                        LocalDate.now(clock.withZone(Messages.NETWORK_ZONE))));
    }

    private Indicator find(long id) {
        Indicator indicator = em.find(Indicator.class, id);
        if (indicator == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "indicator.notFound");
        }
        return indicator;
    }

    /** The signed-in person if she may read the dashboards. */
    private Account reader() {
        Account caller = callers.current();
        if (!isReader(caller)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "indicator.membersOnly");
        }
        return caller;
    }

    private boolean isReader(Account account) {
        return account.has(Role.COORDINATOR) || charter.worksForAMember(account);
    }

    private boolean mayEnter(Account caller) {
        return caller.has(Role.COORDINATOR) || charter.worksForAMember(caller);
    }

    private static boolean mayDelete(Account caller, long organisationId) {
        return caller.has(Role.COORDINATOR) || caller.worksFor(organisationId);
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        InputCheck check = new InputCheck();
        if (from == null) {
            check.refuse("from", "input.required");
        }
        if (to == null) {
            check.refuse("to", "input.required");
        } else if (from != null && to.isBefore(from)) {
            check.refuse("to", "indicator.edit.periodOrder");
        } else if (from != null && from.plusYears(20).isBefore(to)) {
            check.refuse("to", "indicator.edit.periodLength");
        }
        check.throwIfAny();
    }

    private EvidenceFiles files() {
        return new EvidenceFiles(dataDirectory.resolve("documents"));
    }
}
