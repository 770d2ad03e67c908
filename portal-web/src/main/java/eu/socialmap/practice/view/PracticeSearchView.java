package eu.socialmap.practice.view;

import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.practice.boundary.PracticeSearch;
import eu.socialmap.practice.boundary.Practices;
import eu.socialmap.practice.control.PracticeIndex;
import eu.socialmap.practice.control.PracticeQuery;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.view.SearchLinks;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The practice library's search ({@code /practices/?q=…&theme=…&country=BE}): a GET form, the whole search in the
 * address, facet values as links that add or remove themselves; members-only sheets are listed for the network only.
 */
@Named
@RequestScoped
public class PracticeSearchView {

    static final int PAGE_SIZE = 20;

    @Inject
    PracticeSearch search;

    @Inject
    Practices practices;

    @Inject
    LanguageSelection language;

    private String q;
    private String page;
    private final Map<String, List<String>> chosen = new LinkedHashMap<>();
    private final Map<String, String> termNames = new HashMap<>();
    private PracticeSearch.Results results;
    private boolean mayWrite;
    private Highlights highlights = Highlights.none();

    public void load() {
        chosen.putAll(SearchLinks.chosen(PracticeIndex.FACETS));
        for (TaxonomyTerm.Taxonomy taxonomy : TaxonomyTerm.Taxonomy.values()) {
            search.termsByCode(taxonomy).forEach((code, term) ->
                    termNames.put(taxonomy.name() + ":" + code, term.getName().in(language.getLanguage())));
        }
        results = search.search(new PracticeQuery(getWords(), chosen.get("theme"), chosen.get("public"),
                chosen.get("country"), chosen.get("kind"), getPageNumber(), PAGE_SIZE), language.getLanguage());
        mayWrite = isSignedIn() && practices.mayWrite();
        if (!getWords().isBlank()) {
            highlights = search.highlights(getWords());
        }
    }

    /** A title or summary in parts, the words that made it match to be marked. */
    public List<Highlights.Part> marked(String text) {
        return highlights.in(text);
    }

    public String toggle(String facet, String value) {
        return SearchLinks.withPage(SearchLinks.address("/practices/", q, SearchLinks.toggled(chosen, facet, value)), 1);
    }

    public String pageAddress(int number) {
        return SearchLinks.withPage(SearchLinks.address("/practices/", q, chosen), number);
    }

    /** How a facet value reads: a theme's or public's name, a country, a kind of organisation. */
    public String label(String facet, String value) {
        ResourceBundle bundle = Messages.bundle(language.getLanguage());
        return switch (facet) {
            case "theme" -> termNames.getOrDefault("THEME:" + value, value);
            case "public" -> termNames.getOrDefault("AUDIENCE:" + value, value);
            case "country" -> SearchLinks.named(bundle, "directory.country.", value);
            case "kind" -> SearchLinks.named(bundle, "directory.kind.", value);
            default -> value;
        };
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

    public boolean isSignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
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

    public int getFirstNumber() {
        return (getPageNumber() - 1) * PAGE_SIZE + 1;
    }

    public boolean isMayWrite() { return mayWrite; }
    public List<String> getFacetNames() { return PracticeIndex.FACETS; }
    public PracticeSearch.Results getResults() { return results; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
