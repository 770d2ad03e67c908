package eu.socialmap.practice.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.EntityMaps;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.control.PracticeDocument;
import eu.socialmap.practice.control.PracticeIndex;
import eu.socialmap.practice.control.PracticeMarkdown;
import eu.socialmap.practice.control.PracticeQuery;
import eu.socialmap.practice.entity.PracticeInterest;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import eu.socialmap.practice.entity.PracticeText;
import eu.socialmap.search.boundary.SynonymList;
import eu.socialmap.search.control.StampedIndex;
import eu.socialmap.search.control.Highlights;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * This node's search of the published practice sheets: an in-memory {@link PracticeIndex}, rebuilt (under a lock,
 * once) when a one-query stamp of the sheets, their organisations and the synonyms changes — so a sheet published on
 * any node is found at once on every node. The index is never a source of truth: the page's sheets are read again
 * from the database, and one withdrawn meanwhile is left out.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class PracticeSearch {

    private static final Logger LOG = Logger.getLogger(PracticeSearch.class.getName());
    private static final int EXCERPT = 280;

    private static final String STAMP = "SELECT "
            + "(SELECT COUNT(*) FROM practice_sheet WHERE status = 'PUBLISHED'), "
            + "(SELECT COALESCE(SUM(version), 0) FROM practice_sheet), "
            + "(SELECT MAX(updated_at) FROM practice_sheet), "
            + "(SELECT COALESCE(SUM(o.version), 0) FROM organisation o WHERE o.id IN "
            + "(SELECT organisation_id FROM practice_sheet WHERE status = 'PUBLISHED')), "
            + "(SELECT COUNT(*) FROM synonym_group), "
            + "(SELECT MAX(updated_at) FROM synonym_group)";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    SynonymList synonymList;

    @Inject
    PracticeAccess access;

    private final StampedIndex<PracticeIndex> stamped = new StampedIndex<>();

    /**
     * A sheet found: its title and summary in the reader's language (else the original one: {@code lang} says which),
     * the lead organisation, the take-ups.
     */
    public record SheetHit(long id, String title, String titleLang, String summary, String summaryLang,
                           String organisation, boolean membersOnly, int takeUps) implements Serializable {
    }

    public record Results(long total, List<SheetHit> hits, Map<String, List<PracticeIndex.FacetCount>> facets)
            implements Serializable {
    }

    @PostConstruct
    void warmUp() {
        try {
            current();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The practice sheets' index could not be built at start; the first search will", e);
        }
    }

    /** The sheets matching the query that the caller may read, a page of them. */
    public Results search(PracticeQuery query, Language language) {
        boolean inNetwork = access.reader().inNetwork();
        PracticeIndex.Result result = current().search(query, inNetwork);
        List<Long> ids = result.hits().stream().map(PracticeIndex.Hit::sheetId).toList();
        return new Results(result.total(), hits(ids, language, inNetwork), result.facets());
    }

    /** What to mark in the titles and summaries of a result list. */
    public Highlights highlights(String words) {
        return current().highlights(words);
    }

    /** The names of facet values: terms by code, for the page's labels. */
    public Map<String, TaxonomyTerm> termsByCode(TaxonomyTerm.Taxonomy taxonomy) {
        return em.createQuery("SELECT t FROM TaxonomyTerm t WHERE t.taxonomy = :taxonomy ORDER BY t.position",
                        TaxonomyTerm.class).setParameter("taxonomy", taxonomy).getResultList().stream()
                .collect(Collectors.toMap(TaxonomyTerm::getCode, t -> t, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private PracticeIndex current() {
        return stamped.current(stamp(), () -> {
            PracticeIndex built = new PracticeIndex(documents(), PracticeIndex.synonyms(synonymList.groups()));
            LOG.fine(() -> "Practice sheets' index rebuilt: " + built.size() + " sheets");
            return built;
        });
    }

    private String stamp() {
        return StampedIndex.stamp((Object[]) em.createNativeQuery(STAMP).getSingleResult());
    }

    private List<PracticeSheet> published() {
        return em.createQuery("SELECT s FROM PracticeSheet s WHERE s.status = :status "
                        + "ORDER BY s.publishedAt DESC, s.id DESC", PracticeSheet.class)
                .setParameter("status", PracticeSheet.Status.PUBLISHED)
                .setHint(Practices.BATCH, "s.texts").setHint(Practices.BATCH, "s.termIds")
                .setHint(Practices.BATCH, "s.partnerIds").setHint(Practices.BATCH_TYPE, "IN").getResultList();
    }

    private List<PracticeDocument> documents() {
        List<PracticeSheet> sheets = published();
        if (sheets.isEmpty()) {
            return List.of();
        }
        Set<Long> organisationIds = new HashSet<>();
        Set<Long> termIds = new HashSet<>();
        sheets.forEach(sheet -> {
            organisationIds.add(sheet.getOrganisationId());
            organisationIds.addAll(sheet.getPartnerIds());
            termIds.addAll(sheet.getTermIds());
        });
        Map<Long, Organisation> organisations =
                EntityMaps.byId(em, Organisation.class, organisationIds, Organisation::getId);
        Map<Long, TaxonomyTerm> terms = EntityMaps.byId(em, TaxonomyTerm.class, termIds, TaxonomyTerm::getId);
        List<PracticeDocument> documents = new ArrayList<>();
        for (PracticeSheet sheet : sheets) {
            Map<Language, String> texts = new EnumMap<>(Language.class);
            for (PracticeText text : sheet.getTexts()) {
                Language.fromTag(text.getLang()).ifPresent(language -> texts.merge(language,
                        // the title twice: a word of the title weighs more than one in a section
                        (text.getSection() == PracticeSection.TITLE ? text.getBody() + "\n" : "")
                                + PracticeMarkdown.plainText(text.getBody()), (a, b) -> a + "\n" + b));
            }
            List<Organisation> behind = new ArrayList<>();
            behind.add(organisations.get(sheet.getOrganisationId()));
            sheet.getPartnerIds().forEach(id -> behind.add(organisations.get(id)));
            List<Organisation> known = behind.stream().filter(Objects::nonNull).toList();
            List<TaxonomyTerm> sheetTerms = sheet.getTermIds().stream().map(terms::get).filter(Objects::nonNull).toList();
            documents.add(new PracticeDocument(sheet.getId(), sheet.getVisibility() == PracticeSheet.Visibility.MEMBERS,
                    texts, known.stream().map(o -> o.getShortName() + "\n" + o.getLegalName()).collect(Collectors.joining("\n")),
                    codes(sheetTerms, TaxonomyTerm.Taxonomy.THEME), codes(sheetTerms, TaxonomyTerm.Taxonomy.AUDIENCE),
                    known.stream().map(o -> o.getCountry() == null ? null : o.getCountry().name()).filter(Objects::nonNull)
                            .distinct().toList(),
                    known.stream().map(o -> o.getKind() == null ? null : o.getKind().name()).filter(Objects::nonNull)
                            .distinct().toList()));
        }
        return documents;
    }

    private static List<String> codes(List<TaxonomyTerm> terms, TaxonomyTerm.Taxonomy taxonomy) {
        return terms.stream().filter(t -> t.getTaxonomy() == taxonomy).map(TaxonomyTerm::getCode).toList();
    }

    /** The page's sheets with their organisations and take-ups: four queries whatever the page's size. */
    private List<SheetHit> hits(List<Long> ids, Language language, boolean inNetwork) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PracticeSheet> sheets = em.createQuery("SELECT s FROM PracticeSheet s WHERE s.id IN :ids",
                        PracticeSheet.class).setParameter("ids", ids).setHint(Practices.BATCH, "s.texts")
                .setHint(Practices.BATCH_TYPE, "IN").getResultList().stream()
                .collect(Collectors.toMap(PracticeSheet::getId, s -> s));
        List<PracticeSheet> shown = ids.stream().map(sheets::get)
                .filter(s -> s != null && s.isPublished() && (inNetwork || s.isPublic())).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> organisations = EntityMaps.byId(em, Organisation.class,
                shown.stream().map(PracticeSheet::getOrganisationId).collect(Collectors.toCollection(LinkedHashSet::new)),
                Organisation::getId);
        Map<Long, Integer> takeUps = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.sheetId, COUNT(i) FROM PracticeInterest i WHERE i.sheetId IN :ids "
                        + "AND i.kind = :kind GROUP BY i.sheetId", Object[].class)
                .setParameter("ids", shown.stream().map(PracticeSheet::getId).toList())
                .setParameter("kind", PracticeInterest.Kind.TRY).getResultList()) {
            takeUps.put((Long) row[0], ((Number) row[1]).intValue());
        }
        return shown.stream().map(sheet -> {
            PracticeText title = sheet.textFor(language, PracticeSection.TITLE).orElse(null);
            PracticeText summary = sheet.textFor(language, PracticeSection.SUMMARY).orElse(null);
            Organisation organisation = organisations.get(sheet.getOrganisationId());
            return new SheetHit(sheet.getId(), title == null ? "" : title.getBody(),
                    title == null ? language.code() : title.getLang(),
                    summary == null ? "" : PracticeMarkdown.excerpt(summary.getBody(), EXCERPT),
                    summary == null ? language.code() : summary.getLang(),
                    organisation == null ? "" : organisation.displayName(),
                    sheet.getVisibility() == PracticeSheet.Visibility.MEMBERS, takeUps.getOrDefault(sheet.getId(), 0));
        }).toList();
    }
}
