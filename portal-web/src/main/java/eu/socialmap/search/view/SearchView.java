package eu.socialmap.search.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The social map's search page ({@code /map?q=…&theme=…&language=…&commune=…}). Everything lives in the address,
 * so a result list can be bookmarked, shared and printed; facet values are plain links that add or remove
 * themselves: the page works without JavaScript.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 20;
    private static final List<String> FACET_PARAMETERS = List.of("theme", "audience", "language", "commune", "country");

    @Inject
    ServiceSearch search;

    @Inject
    ServiceCatalogue catalogue;

    private String q;
    private String page;
    private final Map<String, List<String>> chosen = new LinkedHashMap<>();
    private ServiceIndex.Result result;
    private List<ServiceCatalogue.Listed> services = List.of();
    private final Map<String, String> termNames = new java.util.HashMap<>();

    @Inject
    eu.socialmap.platform.view.LanguageSelection language;

    public void load() {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        for (String facet : FACET_PARAMETERS) {
            String[] values = parameters.get(facet);
            chosen.put(facet, values == null ? List.of() : List.of(values).stream().filter(v -> !v.isBlank())
                    .map(v -> v.length() > 100 ? v.substring(0, 100) : v).distinct().limit(20).toList());
        }
        int pageNumber = (int) Math.max(1, Math.min(PageIds.parse(page), 100));
        String words = q == null ? "" : (q.length() > 200 ? q.substring(0, 200) : q);
        ServiceQuery query = new ServiceQuery(words, chosen.get("theme"), chosen.get("audience"), chosen.get("language"),
                chosen.get("commune"), chosen.get("country"), false, null, null, ServiceQuery.Sort.RELEVANCE,
                pageNumber, PAGE_SIZE);
        for (eu.socialmap.directory.entity.TaxonomyTerm.Taxonomy taxonomy : eu.socialmap.directory.entity.TaxonomyTerm.Taxonomy.values()) {
            catalogue.terms(taxonomy).forEach(term -> termNames.put(term.getCode(), term.getName().in(language.getLanguage())));
        }
        result = search.search(query);
        services = catalogue.listed(result.hits().stream().map(ServiceIndex.Hit::serviceId).toList());
    }

    /** The address of this search with {@code value} of {@code facet} added, or removed when it is chosen. */
    public String toggle(String facet, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        chosen.forEach((name, values) -> next.put(name, new ArrayList<>(values)));
        List<String> values = next.computeIfAbsent(facet, name -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return address(next, 1);
    }

    /** How a facet value reads: a theme's or audience's name in the reader's language, a language's name, a country's. */
    public String label(String facet, String value) {
        java.util.ResourceBundle bundle = eu.socialmap.platform.control.Messages.bundle(language.getLanguage());
        return switch (facet) {
            case "theme", "audience" -> termNames.getOrDefault(value, value);
            case "language" -> bundle.containsKey("directory.language." + value) ? bundle.getString("directory.language." + value) : value;
            case "country" -> bundle.containsKey("directory.country." + value) ? bundle.getString("directory.country." + value) : value;
            default -> value;
        };
    }

    public boolean isChosen(String facet, String value) {
        return chosen.getOrDefault(facet, List.of()).contains(value);
    }

    public String pageAddress(int number) {
        return address(chosen, number);
    }

    private String address(Map<String, List<String>> facets, int pageNumber) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/map?q=").append(encode(q == null ? "" : q));
        facets.forEach((name, values) -> values.forEach(value -> url.append('&').append(name).append('=').append(encode(value))));
        if (pageNumber > 1) {
            url.append("&page=").append(pageNumber);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public int getPageNumber() {
        return (int) Math.max(1, Math.min(PageIds.parse(page), 100));
    }

    public int getPages() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<String> getFacetNames() { return FACET_PARAMETERS; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public ServiceIndex.Result getResult() { return result; }
    public List<ServiceCatalogue.Listed> getServices() { return services; }
}
