package eu.socialmap.practice.api;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.api.ApiLanguage;
import eu.socialmap.platform.control.Paging;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.practice.boundary.PracticeSearch;
import eu.socialmap.practice.boundary.Practices;
import eu.socialmap.practice.control.PracticeIndex;
import eu.socialmap.practice.control.PracticeQuery;
import eu.socialmap.practice.entity.PracticeFile;
import eu.socialmap.practice.entity.PracticeSection;
import eu.socialmap.practice.entity.PracticeSheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The practice library, to read: the same search and the same rules as the pages ({@link PracticeSearch},
 * {@link Practices#view}) — published public sheets for everyone, members-only ones for the network, anything else
 * "not found". Sections come as Markdown, in the reader's language where translated, else in the original with its
 * {@code lang}. Writing and reviewing stay on the pages.
 */
@Path("v1/practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "practices", description = "The network's library of practice sheets, searched by words in any language and facets")
public class PracticesResource {

    static final int MAX_PER_PAGE = 50;

    /** A sheet found: title and an excerpt of its summary in the reader's language where translated. */
    public record PracticeHitJson(long id, String title, String titleLang, String summary, String summaryLang,
                                  String organisation, boolean membersOnly, int takeUps) {
    }

    /** A value of a facet and how many sheets have it (counted as if this facet's own filter were not set). */
    public record FacetValue(String value, int count) {
    }

    /** A page of sheets found; {@code facets} by dimension: theme, public, country, kind. */
    public record PracticeResultsPage(List<PracticeHitJson> practices, long total, int page, int perPage, int pages,
                                      String language, Map<String, List<FacetValue>> facets) {
    }

    /** A section: its code (WHY, PROBLEM…), its chapter (0 for the title and summary), its language, its Markdown. */
    public record SectionJson(String section, int chapter, String lang, String markdown) {
    }

    public record OrganisationJson(long id, String name) {
    }

    /** A picture or an attachment, with the address it is served at. */
    public record FileJson(String kind, String name, String caption, String contentType, long size, String url) {
    }

    public record ContactJson(String name, String email, String phone) {
    }

    /**
     * A sheet. {@code languages} are those it is written in ({@code originalLanguage} first written); {@code themes}
     * and {@code publics} are the social map's codes; {@code takeUps} counts the organisations that tried it.
     */
    public record PracticeJson(long id, String visibility, String originalLanguage, List<String> languages,
                               String language, String title, List<SectionJson> sections, OrganisationJson organisation,
                               List<OrganisationJson> partners, List<String> themes, List<String> publics,
                               ContactJson contact, String source, Integer startYear, Instant publishedAt, int takeUps,
                               List<FileJson> files, String pdf) {
    }

    @Inject
    PracticeSearch search;

    @Inject
    Practices practices;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "searchPractices",
            summary = "Search the published practice sheets: words in any language (misspellings forgiven) and facets — "
            + "several values of one facet mean any of them, different facets all apply. Members-only sheets for the network")
    @APIResponse(responseCode = "200", description = "A page of sheets, with the facets' counts")
    public PracticeResultsPage search(@Parameter(description = "words") @QueryParam("q") String q,
                                      @Parameter(description = "a theme's code (repeatable)") @QueryParam("theme") List<String> themes,
                                      @Parameter(description = "a public's code (repeatable)") @QueryParam("public") List<String> publics,
                                      @Parameter(description = "BE or FR (repeatable)") @QueryParam("country") List<String> countries,
                                      @Parameter(description = "a kind of organisation (repeatable)") @QueryParam("kind") List<String> kinds,
                                      @QueryParam("page") @DefaultValue("1") int page,
                                      @QueryParam("per_page") @DefaultValue("20") int perPage,
                                      @Parameter(description = "fr, nl or en (else the Accept-Language header; French by default)")
                                      @QueryParam("lang") String lang) {
        int size = Math.max(1, Math.min(MAX_PER_PAGE, perPage));
        Language language = ApiLanguage.of(lang, headers);
        PracticeSearch.Results results = search.search(
                new PracticeQuery(q, themes, publics, countries, kinds, Math.max(1, page), size), language);
        Paging paging = Paging.of(page, results.total(), size);
        if (paging.page() != Math.max(1, page)) { // past the last page: the last one
            results = search.search(new PracticeQuery(q, themes, publics, countries, kinds, paging.page(), size), language);
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : PracticeIndex.FACETS) {
            facets.put(dimension, results.facets().getOrDefault(dimension, List.of()).stream()
                    .map(count -> new FacetValue(count.value(), count.count())).toList());
        }
        List<PracticeHitJson> hits = results.hits().stream().map(h -> new PracticeHitJson(h.id(), h.title(),
                h.titleLang(), h.summary(), h.summaryLang(), h.organisation(), h.membersOnly(), h.takeUps())).toList();
        return new PracticeResultsPage(hits, results.total(), paging.page(), size, paging.pageCount(), language.code(),
                facets);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPractice",
            summary = "One sheet with its sections, organisations, themes, publics, contact and files")
    @APIResponse(responseCode = "200", description = "The sheet")
    @APIResponse(responseCode = "404", description = "No such sheet for this caller")
    public PracticeJson get(@PathParam("id") long id,
                            @Parameter(description = "fr, nl or en (else the Accept-Language header; French by default)")
                            @QueryParam("lang") String lang) {
        Language language = ApiLanguage.of(lang, headers);
        Practices.SheetView view = practices.view(id);
        PracticeSheet sheet = view.sheet();
        List<SectionJson> sections = new ArrayList<>();
        for (PracticeSection section : PracticeSection.values()) {
            if (section != PracticeSection.TITLE) {
                sheet.textFor(language, section).ifPresent(text -> sections.add(new SectionJson(section.name(),
                        section.chapter(), text.getLang(), text.getBody())));
            }
        }
        String base = uri.getBaseUri().resolve("../").toString();
        List<FileJson> files = view.files().stream().map(f -> file(f, base)).toList();
        return new PracticeJson(sheet.getId(), sheet.getVisibility().name(), sheet.getOriginalLanguage().code(),
                sheet.languages().stream().map(Language::code).sorted().toList(), language.code(),
                sheet.titleFor(language), sections, organisation(view.organisation()),
                view.partners().stream().map(PracticesResource::organisation).toList(),
                codes(view.terms(), TaxonomyTerm.Taxonomy.THEME), codes(view.terms(), TaxonomyTerm.Taxonomy.AUDIENCE),
                new ContactJson(sheet.getContactName(), sheet.getContactEmail(), sheet.getContactPhone()),
                sheet.getSource(), sheet.getStartYear(), sheet.getPublishedAt(), view.takeUpCount(), files,
                base + "practices/pdf?id=" + sheet.getId());
    }

    private static OrganisationJson organisation(Organisation organisation) {
        return new OrganisationJson(organisation.getId(), organisation.displayName());
    }

    private static List<String> codes(List<TaxonomyTerm> terms, TaxonomyTerm.Taxonomy taxonomy) {
        return terms.stream().filter(t -> t.getTaxonomy() == taxonomy).map(TaxonomyTerm::getCode).toList();
    }

    private static FileJson file(PracticeFile file, String base) {
        return new FileJson(file.isPicture() ? "PICTURE" : "ATTACHMENT", file.getOriginalName(), file.getCaption(),
                file.getContentType(), file.getSizeBytes(), base + "practices/file?id=" + file.getId());
    }
}
