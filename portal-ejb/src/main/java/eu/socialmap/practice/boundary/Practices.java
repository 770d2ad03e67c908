package eu.socialmap.practice.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.AccountDeleted;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.control.EntityMaps;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.control.PracticePdf;
import eu.socialmap.practice.control.SheetCheck;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeInterest;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Practice sheets: people of member organisations write them (for their organisation), submit them to the
 * coordinator, who publishes them or returns them with a comment; their authors, their organisation's administrators
 * and coordinators edit and withdraw them. Who reads what is {@link PracticeAccess}'s rule: published public sheets
 * for everyone, members-only ones for the network, the rest for those who may edit them — "not found" for anyone else.
 */
@Stateless
@PermitAll
public class Practices {

    public static final int QUEUE_PAGE_SIZE = 20;
    /** EclipseLink's batch reading: the titles of a whole list in one more query, not one a sheet. */
    static final String BATCH = "eclipselink.batch";
    static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    PracticeNotices notices;

    Clock clock = Clock.systemUTC();

    /**
     * A sheet's whole form. {@code texts} holds, per language, its sections ({@code originalLanguage} needs TITLE and
     * SUMMARY; other languages are optional translations, possibly partial — a language left out entirely is
     * removed). {@code startYear} is as typed.
     */
    public record SheetForm(Language originalLanguage, PracticeSheet.Visibility visibility,
                            Map<Language, Map<PracticeSection, String>> texts, Collection<Long> termIds,
                            Collection<Long> partnerIds, String contactName, String contactEmail, String contactPhone,
                            String source, String startYear) implements Serializable {
    }

    /** A sheet as its page shows it. {@code takeUps} names the organisations only for readers in the network. */
    public record SheetView(PracticeSheet sheet, Organisation organisation, List<Organisation> partners,
                            List<TaxonomyTerm> terms, List<PracticeFile> files, int takeUpCount,
                            List<Organisation> takeUps, boolean mayEdit, boolean mayShowInterest,
                            boolean triedByMyOrganisation, boolean inNetwork, boolean mayReview)
            implements Serializable {
    }

    /** A line of a list of sheets. */
    public record SheetLine(PracticeSheet sheet, String title, String organisation) implements Serializable {
    }

    /** A page of the review queue. */
    public record QueuePage(List<SheetLine> lines, long total, Paging paging) implements Serializable {
    }

    // ---- writing

    /** A new draft of the caller's organisation, she its author. */
    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeSheet create(SheetForm form) {
        PracticeAccess.Reader reader = access.reader();
        if (!reader.member()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "practice.write.notMember");
        }
        long organisationId = reader.organisationId();
        Checked checked = check(form, organisationId);
        PracticeSheet sheet = new PracticeSheet(organisationId, reader.account().getId(), checked.original(),
                checked.visibility(), clock.instant());
        apply(sheet, form, checked);
        em.persist(sheet);
        em.flush();
        return sheet;
    }

    /** Rewrites a sheet (its authors, its organisation's administrators, coordinators), if nobody saved meanwhile. */
    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeSheet update(long sheetId, long version, SheetForm form) {
        PracticeAccess.Reader reader = access.reader();
        PracticeSheet sheet = access.editable(sheetId, reader);
        if (sheet.getVersion() != version) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "practice.edit.changedMeanwhile");
        }
        Checked checked = check(form, sheet.getOrganisationId());
        apply(sheet, form, checked);
        if (!reader.coordinator()) {
            // what the public reads is checked again by the coordinator
            sheet.changedByAuthors(clock.instant());
        }
        em.flush();
        return sheet;
    }

    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeSheet submit(long sheetId) {
        PracticeSheet sheet = access.editable(sheetId, access.reader());
        sheet.submit(clock.instant());
        notices.submitted(sheet);
        return sheet;
    }

    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeSheet withdraw(long sheetId) {
        PracticeSheet sheet = access.editable(sheetId, access.reader());
        sheet.withdraw(clock.instant());
        return sheet;
    }

    // ---- the review

    @RolesAllowed(Role.Names.COORDINATOR)
    public PracticeSheet publish(long sheetId) {
        PracticeAccess.Reader reader = coordinator();
        PracticeSheet sheet = access.editable(sheetId, reader);
        sheet.publish(reader.account().getId(), clock.instant());
        notices.reviewed(sheet, true);
        return sheet;
    }

    /** Back to its authors with what to change (required). */
    @RolesAllowed(Role.Names.COORDINATOR)
    public PracticeSheet returnToAuthors(long sheetId, String comment) {
        PracticeAccess.Reader reader = coordinator();
        PracticeSheet sheet = access.editable(sheetId, reader);
        InputCheck input = new InputCheck();
        String text = input.text("comment", comment, 4_000, true);
        input.throwIfAny();
        sheet.returnToAuthors(reader.account().getId(), text, clock.instant());
        notices.reviewed(sheet, false);
        return sheet;
    }

    /** The sheets waiting for review, oldest first. */
    @RolesAllowed(Role.Names.COORDINATOR)
    public QueuePage queue(int page, Language language) {
        coordinator();
        long total = em.createNamedQuery(PracticeSheet.COUNT_IN_STATUS, Long.class)
                .setParameter("status", PracticeSheet.Status.SUBMITTED).getSingleResult();
        Paging paging = Paging.of(page, total, QUEUE_PAGE_SIZE);
        List<PracticeSheet> sheets = em.createNamedQuery(PracticeSheet.IN_STATUS, PracticeSheet.class)
                .setParameter("status", PracticeSheet.Status.SUBMITTED).setHint(BATCH, "s.texts").setHint(BATCH_TYPE, "IN")
                .setFirstResult(paging.firstResult())
                .setMaxResults(paging.pageSize()).getResultList();
        return new QueuePage(lines(sheets, language), total, paging);
    }

    // ---- reading

    /** A sheet's page, for whoever may read it; "not found" for anyone else. */
    public SheetView view(long sheetId) {
        PracticeAccess.Reader reader = access.reader();
        PracticeSheet sheet = access.readable(sheetId, reader);
        Organisation organisation = em.find(Organisation.class, sheet.getOrganisationId());
        List<Long> takeUpIds = em.createNamedQuery(PracticeInterest.TAKE_UPS, Long.class)
                .setParameter("sheet", sheetId).getResultList();
        Set<Long> organisationIds = new LinkedHashSet<>(sheet.getPartnerIds());
        if (reader.inNetwork()) {
            organisationIds.addAll(takeUpIds);
        }
        Map<Long, Organisation> organisations =
                EntityMaps.byId(em, Organisation.class, organisationIds, Organisation::getId);
        List<TaxonomyTerm> terms = sheet.getTermIds().isEmpty() ? List.of()
                : em.createQuery("SELECT t FROM TaxonomyTerm t WHERE t.id IN :ids ORDER BY t.taxonomy, t.position",
                        TaxonomyTerm.class).setParameter("ids", List.copyOf(sheet.getTermIds())).getResultList();
        List<PracticeFile> files = em.createNamedQuery(PracticeFile.OF_SHEET, PracticeFile.class)
                .setParameter("sheet", sheetId).getResultList();
        boolean tried = reader.organisationId() != null && takeUpIds.contains(reader.organisationId());
        return new SheetView(sheet, organisation,
                sheet.getPartnerIds().stream().map(organisations::get).filter(o -> o != null).toList(),
                terms, files, takeUpIds.size(),
                reader.inNetwork() ? takeUpIds.stream().map(organisations::get).filter(o -> o != null).toList() : List.of(),
                reader.mayEdit(sheet), reader.mayShowInterest(sheet), tried, reader.inNetwork(),
                reader.coordinator() && sheet.getStatus() == PracticeSheet.Status.SUBMITTED);
    }

    /** The sheet as a PDF in the reader's language where it is translated, for whoever may read it. */
    public byte[] pdf(long sheetId, Language language) {
        SheetView view = view(sheetId);
        PracticeSheet sheet = view.sheet();
        List<String> facts = new ArrayList<>();
        if (view.organisation() != null) {
            facts.add(label(language, "practice.sheet.organisation") + " " + view.organisation().getShortName());
        }
        if (!view.partners().isEmpty()) {
            facts.add(label(language, "practice.sheet.partners") + " "
                    + view.partners().stream().map(Organisation::getShortName).collect(Collectors.joining(", ")));
        }
        for (TaxonomyTerm.Taxonomy taxonomy : TaxonomyTerm.Taxonomy.values()) {
            String names = view.terms().stream().filter(t -> t.getTaxonomy() == taxonomy)
                    .map(t -> t.getName().in(language)).collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                facts.add(label(language, "practice.sheet.terms." + taxonomy.name()) + " " + names);
            }
        }
        if (sheet.getStartYear() != null) {
            facts.add(label(language, "practice.sheet.startYear") + " " + sheet.getStartYear());
        }
        String contact = java.util.stream.Stream.of(sheet.getContactName(), sheet.getContactEmail(), sheet.getContactPhone())
                .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(", "));
        if (!contact.isEmpty()) {
            facts.add(label(language, "practice.sheet.contact") + " " + contact);
        }
        if (sheet.getSource() != null) {
            facts.add(label(language, "practice.sheet.source") + " " + sheet.getSource());
        }
        List<PracticePdf.Chapter> chapters = new ArrayList<>();
        for (int chapter = 1; chapter <= PracticeSection.CHAPTERS; chapter++) {
            List<PracticePdf.Section> sections = new ArrayList<>();
            for (PracticeSection section : PracticeSection.ofChapter(chapter)) {
                sheet.textFor(language, section).ifPresent(text -> sections.add(new PracticePdf.Section(
                        Messages.get(language, "practice.section." + section.name()), text.getBody())));
            }
            if (!sections.isEmpty()) {
                chapters.add(new PracticePdf.Chapter(Messages.get(language, "practice.chapter." + chapter), sections));
            }
        }
        String titleLang = sheet.textFor(language, PracticeSection.TITLE).map(t -> t.getLang())
                .orElse(sheet.getOriginalLanguage().code());
        return PracticePdf.write(new PracticePdf.Sheet(titleLang, sheet.titleFor(language),
                sheet.textFor(language, PracticeSection.SUMMARY).map(t -> t.getBody()).orElse(""), facts, chapters,
                notices.pageOf(sheetId)));
    }

    private static String label(Language language, String key) {
        return Messages.get(language, key);
    }

    /** A sheet for its editor: those who may edit it only. */
    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public PracticeSheet forEditing(long sheetId) {
        return access.editable(sheetId, access.reader());
    }

    /** Whether the caller may write a new sheet (she works for a member organisation). */
    public boolean mayWrite() {
        return access.reader().member();
    }

    /** The sheets of the caller's organisation, every status, newest change first. */
    @RolesAllowed({Role.Names.ORGANISATION_MEMBER, Role.Names.ORGANISATION_ADMIN, Role.Names.COORDINATOR})
    public List<SheetLine> mine(Language language) {
        Long organisationId = access.reader().organisationId();
        if (organisationId == null) {
            return List.of();
        }
        return lines(em.createNamedQuery(PracticeSheet.OF_ORGANISATION, PracticeSheet.class)
                .setParameter("organisation", organisationId).setHint(BATCH, "s.texts").setHint(BATCH_TYPE, "IN")
                .setMaxResults(200).getResultList(), language);
    }

    /** Themes and publics a sheet may name. */
    public List<TaxonomyTerm> terms() {
        return em.createQuery("SELECT t FROM TaxonomyTerm t ORDER BY t.taxonomy, t.position, t.id", TaxonomyTerm.class)
                .getResultList();
    }

    /** The organisations a sheet may name as partners: accepted ones of the directory. */
    public List<Organisation> partnerChoices() {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.status = :status ORDER BY o.shortName, o.id",
                Organisation.class).setParameter("status", Organisation.Status.ACCEPTED).setMaxResults(1000)
                .getResultList();
    }

    // ---- personal data

    /** Her account is deleted: her sheets stay with their organisation, her questions lose her and their text. */
    public void erase(@Observes AccountDeleted deleted) {
        em.createNamedQuery(PracticeSheet.OF_AUTHOR, PracticeSheet.class).setParameter("author", deleted.accountId())
                .getResultList().forEach(PracticeSheet::forgetAuthor);
        em.createNamedQuery(PracticeInterest.OF_ACCOUNT, PracticeInterest.class)
                .setParameter("account", deleted.accountId()).getResultList().forEach(PracticeInterest::forgetPerson);
        em.flush();
    }

    // ---- the form

    private record Checked(Language original, PracticeSheet.Visibility visibility,
                           Map<Language, Map<PracticeSection, String>> texts, Set<Long> termIds, Set<Long> partnerIds,
                           String contactName, String contactEmail, String contactPhone, String source,
                           Integer startYear) {
    }

    private Checked check(SheetForm form, long organisationId) {
        InputCheck input = new InputCheck();
        Language original = form.originalLanguage();
        if (original == null) {
            input.refuse("originalLanguage", "input.required");
        }
        if (form.visibility() == null) {
            input.refuse("visibility", "input.required");
        }
        Map<Language, Map<PracticeSection, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<PracticeSection, String> given = form.texts() == null ? null : form.texts().get(language);
            if (language != original && (given == null || given.values().stream().allMatch(t -> t == null || t.isBlank()))) {
                continue;
            }
            texts.put(language, SheetCheck.texts(language, given, language == original, input));
        }
        Set<Long> termIds = form.termIds() == null ? Set.of() : new HashSet<>(form.termIds());
        if (!termIds.isEmpty()) {
            long known = em.createQuery("SELECT COUNT(t) FROM TaxonomyTerm t WHERE t.id IN :ids", Long.class)
                    .setParameter("ids", List.copyOf(termIds)).getSingleResult();
            if (known != termIds.size()) {
                input.refuse("terms", "practice.edit.unknownTerm");
            }
        }
        Set<Long> partnerIds = form.partnerIds() == null ? new HashSet<>() : new HashSet<>(form.partnerIds());
        partnerIds.remove(organisationId);
        if (partnerIds.size() > 20) {
            input.refuse("partners", "practice.edit.tooManyPartners", 20);
        } else if (!partnerIds.isEmpty()) {
            long known = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.id IN :ids AND o.status = :status",
                    Long.class).setParameter("ids", List.copyOf(partnerIds))
                    .setParameter("status", Organisation.Status.ACCEPTED).getSingleResult();
            if (known != partnerIds.size()) {
                input.refuse("partners", "practice.edit.unknownPartner");
            }
        }
        String contactName = input.text("contactName", form.contactName(), 200, false);
        String contactEmail = input.email("contactEmail", form.contactEmail(), false);
        String contactPhone = input.phone("contactPhone", form.contactPhone());
        String source = input.text("source", form.source(), 500, false);
        Integer startYear = SheetCheck.startYear(form.startYear(), Year.now(clock.withZone(Messages.NETWORK_ZONE)), input);
        input.throwIfAny();
        return new Checked(original, form.visibility(), texts, termIds, partnerIds, contactName, contactEmail,
                contactPhone, source, startYear);
    }

    private void apply(PracticeSheet sheet, SheetForm form, Checked checked) {
        Instant now = clock.instant();
        if (sheet.getOriginalLanguage() != checked.original()) {
            sheet.changeOriginalLanguage(checked.original());
        }
        for (Language language : Language.values()) {
            sheet.replaceTexts(language, checked.texts().getOrDefault(language, Map.of()));
        }
        sheet.describe(checked.visibility(), checked.contactName(), checked.contactEmail(), checked.contactPhone(),
                checked.source(), checked.startYear(), checked.termIds(), checked.partnerIds(), now);
    }

    private PracticeAccess.Reader coordinator() {
        PracticeAccess.Reader reader = access.reader();
        if (!reader.coordinator()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "problem.forbidden.title");
        }
        return reader;
    }

    private List<SheetLine> lines(List<PracticeSheet> sheets, Language language) {
        Map<Long, Organisation> organisations = EntityMaps.byId(em, Organisation.class,
                sheets.stream().map(PracticeSheet::getOrganisationId).collect(Collectors.toSet()), Organisation::getId);
        return sheets.stream().map(sheet -> {
            Organisation organisation = organisations.get(sheet.getOrganisationId());
            return new SheetLine(sheet, sheet.titleFor(language), organisation == null ? "" : organisation.getShortName());
        }).toList();
    }
}
