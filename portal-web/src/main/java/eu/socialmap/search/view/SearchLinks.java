package eu.socialmap.search.view;

import eu.socialmap.platform.view.PageIds;
import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * What the faceted search pages (the social map, the immersion offers, the practice sheets) share: everything lives
 * in the address, the facets' values chosen are read from it, and every link (a facet value that adds or removes
 * itself, a sort, a page) is the same address with one thing changed.
 */
public final class SearchLinks {

    /** The last page a search shows. */
    static final int MAX_PAGES = 100;

    private SearchLinks() {
    }

    /** Each facet's values chosen in the request, in the order of {@code facets}: 20 different ones at most, each cut to 100 characters. */
    public static Map<String, List<String>> chosen(List<String> facets) {
        Map<String, String[]> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String facet : facets) {
            String[] values = parameters.get(facet);
            chosen.put(facet, values == null ? List.of() : List.of(values).stream().filter(v -> !v.isBlank())
                    .map(v -> cut(v, 100)).distinct().limit(20).toList());
        }
        return chosen;
    }

    /** The values chosen with {@code value} of {@code facet} added, or removed when it is chosen. */
    public static Map<String, List<String>> toggled(Map<String, List<String>> chosen, String facet, String value) {
        Map<String, List<String>> next = new LinkedHashMap<>();
        chosen.forEach((name, values) -> next.put(name, new ArrayList<>(values)));
        List<String> values = next.computeIfAbsent(facet, name -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        return next;
    }

    public static boolean isChosen(Map<String, List<String>> chosen, String facet, String value) {
        return chosen.getOrDefault(facet, List.of()).contains(value);
    }

    /** The chosen values one by one, each with its facet: kept as hidden fields when the words change. */
    public static List<Map.Entry<String, String>> chosenValues(Map<String, List<String>> chosen) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        chosen.forEach((facet, values) -> values.forEach(value -> all.add(Map.entry(facet, value))));
        return all;
    }

    /** Whether a search narrows anything: words, or a facet's value chosen. */
    public static boolean isFiltered(String words, Map<String, List<String>> chosen) {
        return !words.isBlank() || chosen.values().stream().anyMatch(values -> !values.isEmpty());
    }

    /** The start of a search's address: the page ({@code /map}), its words and the facets' values; more may follow. */
    public static StringBuilder address(String page, String q, Map<String, List<String>> facets) {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append(page).append("?q=").append(encode(q == null ? "" : q));
        facets.forEach((name, values) -> values.forEach(value -> url.append('&').append(name).append('=').append(encode(value))));
        return url;
    }

    /** Adds a parameter to an address when it has a value. */
    public static void appendIfSet(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    /** Ends an address with its page, none for the first. */
    public static String withPage(StringBuilder url, int pageNumber) {
        if (pageNumber > 1) {
            url.append("&page=").append(pageNumber);
        }
        return url.toString();
    }

    /** The page asked for, between 1 and the last page a search shows. */
    public static int pageNumber(String page) {
        return (int) Math.max(1, Math.min(PageIds.parse(page), MAX_PAGES));
    }

    /** How many pages the results fill (one at least, the last a search shows at most). */
    public static int pages(long total, int pageSize) {
        return (int) Math.max(1, Math.min(MAX_PAGES, (total + pageSize - 1) / pageSize));
    }

    /** A text for a list: cut at a space before {@code length} characters (then "…"), whole when it is short enough. */
    public static String shortened(String text, int length) {
        String shown = text == null ? "" : text;
        if (shown.length() > length) {
            int cut = shown.lastIndexOf(' ', length);
            shown = shown.substring(0, cut > 0 ? cut : length) + " …";
        }
        return shown;
    }

    /** A value's name in the bundle ({@code prefix + value}), or the value itself without one. */
    public static String named(ResourceBundle bundle, String prefix, String value) {
        return bundle.containsKey(prefix + value) ? bundle.getString(prefix + value) : value;
    }

    public static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
