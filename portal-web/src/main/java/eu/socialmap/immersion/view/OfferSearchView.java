package eu.socialmap.immersion.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.boundary.OfferSearch;
import eu.socialmap.immersion.control.OfferIndex;
import eu.socialmap.immersion.control.OfferQuery;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.view.SearchLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The immersion offers' search ({@code /immersions/?q=…&theme=…&month=2027-03&sort=distance}), built like the social
 * map's: everything lives in the address, facet values are links that add or remove themselves, the page works
 * without JavaScript. A signed-in person sees how far each offer is from her organisation and what she would cross.
 */
@Named
@RequestScoped
public class OfferSearchView {

    static final int PAGE_SIZE = 20;
    private static final int SHOWN_PERIODS = 3;
    private static final int ACTIVITIES_LENGTH = 240;

    @Inject
    OfferSearch search;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    LanguageSelection language;

    private String q;
    private String page;
    private String sort;

    private final Map<String, List<String>> chosen = new LinkedHashMap<>();
    private final Map<String, String> themeNames = new HashMap<>();
    private OfferSearch.OfferResults results;
    private Highlights highlights = Highlights.none();
    private OfferSearch.Origin origin;

    public void load() {
        chosen.putAll(SearchLinks.chosen(OfferIndex.FACETS));
        origin = search.origin().orElse(null);
        catalogue.terms(TaxonomyTerm.Taxonomy.THEME)
                .forEach(term -> themeNames.put(term.getCode(), term.getName().in(language.getLanguage())));
        results = search.search(new OfferQuery(getWords(), chosen.get("theme"), chosen.get("country"),
                chosen.get("language"), chosen.get("duration"), chosen.get("month"),
                isByDistance() ? OfferQuery.Sort.DISTANCE : OfferQuery.Sort.RELEVANCE, getPageNumber(), PAGE_SIZE));
        if (!getWords().isBlank()) {
            highlights = search.highlights(getWords());
        }
    }

    /** The text in parts to mark, shortened for a card when asked. */
    public List<Highlights.Part> marked(String text, boolean shorten) {
        return highlights.in(SearchLinks.shortened(text, shorten ? ACTIVITIES_LENGTH : Integer.MAX_VALUE));
    }

    /** The next periods that still have a free place (a few: the offer's page lists them all). */
    public List<OfferPeriod> freePeriods(OfferSearch.OfferHit hit) {
        return hit.periods().stream().filter(period -> period.getFree() > 0).limit(SHOWN_PERIODS).toList();
    }

    /** The address of this search with {@code value} of {@code facet} added, or removed when it is chosen. */
    public String toggle(String facet, String value) {
        return address(SearchLinks.toggled(chosen, facet, value), sort, 1);
    }

    public String sortedBy(String order) {
        return address(chosen, order, 1);
    }

    public String pageAddress(int number) {
        return address(chosen, sort, number);
    }

    private String address(Map<String, List<String>> facets, String order, int pageNumber) {
        StringBuilder url = SearchLinks.address("/immersions/", q, facets);
        SearchLinks.appendIfSet(url, "sort", order);
        return SearchLinks.withPage(url, pageNumber);
    }

    /** How a facet value reads: a theme's name, a country's or language's name, "3 days", "March 2027". */
    public String label(String facet, String value) {
        ResourceBundle bundle = Messages.bundle(language.getLanguage());
        return switch (facet) {
            case "theme" -> themeNames.getOrDefault(value, value);
            case "country" -> SearchLinks.named(bundle, "directory.country.", value);
            case "language" -> SearchLinks.named(bundle, "directory.language.", value);
            case "duration" -> Messages.get(language.getLanguage(), "immersion.search.days", List.of(value));
            case "month" -> monthName(value);
            default -> value;
        };
    }

    private String monthName(String value) {
        try {
            return DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(YearMonth.parse(value));
        } catch (DateTimeParseException notAMonth) {
            return value;
        }
    }

    public String themeName(TaxonomyTerm theme) {
        return theme == null ? null : theme.getName().in(language.getLanguage());
    }

    public boolean isChosen(String facet, String value) {
        return SearchLinks.isChosen(chosen, facet, value);
    }

    public List<Map.Entry<String, String>> getChosenValues() {
        return SearchLinks.chosenValues(chosen);
    }

    public boolean isFiltered() {
        return SearchLinks.isFiltered(getWords(), chosen);
    }

    /** Distances exist for a signed-in person whose organisation is on the map. */
    public boolean isDistanceKnown() {
        return origin != null && origin.place().latitude() != null && origin.place().longitude() != null;
    }

    public boolean isByDistance() {
        return isDistanceKnown() && "distance".equals(sort);
    }

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }

    /** Organisation administrators publish offers; the link leads to their organisation's ones. */
    public boolean isMayOffer() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ORGANISATION_ADMIN");
    }

    private String getWords() {
        return q == null ? "" : SearchLinks.cut(q, 200);
    }

    public int getPageNumber() {
        return SearchLinks.pageNumber(page);
    }

    public int getPages() {
        return SearchLinks.pages(results.total(), PAGE_SIZE);
    }

    public String getOriginName() {
        return origin == null ? null : origin.organisation().getShortName();
    }

    public List<String> getFacetNames() { return OfferIndex.FACETS; }
    public OfferSearch.OfferResults getResults() { return results; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
}
