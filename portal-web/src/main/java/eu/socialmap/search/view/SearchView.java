package eu.socialmap.search.view;

import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.control.WeeklyHours;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.control.Highlights;
import eu.socialmap.search.control.ServiceDocument;
import eu.socialmap.search.control.ServiceIndex;
import eu.socialmap.search.control.ServiceQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The social map's search page ({@code /map?q=…&theme=…&near=1060&open=now…}). Everything lives in the address,
 * so a result list can be bookmarked, shared and printed; facet values are plain links that add or remove
 * themselves, and the place to sort from is a field of the same GET form: the page works without JavaScript. The
 * map and the "my position" button are additions of {@code resources/js/map.js}.
 */
@Named
@RequestScoped
public class SearchView {

    static final int PAGE_SIZE = 20;
    private static final List<String> FACET_PARAMETERS = List.of("theme", "audience", "language", "commune", "country");
    private static final int DESCRIPTION_LENGTH = 280;

    @Inject
    ServiceSearch search;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    PostcodeTable postcodeTable;

    @Inject
    LanguageSelection language;

    private String q;
    private String page;
    private String near;
    private String lat;
    private String lng;
    private String sort;
    private String open;
    private String wheelchair;

    private final Map<String, List<String>> chosen = new LinkedHashMap<>();
    private final Map<String, String> termNames = new HashMap<>();
    private ServiceDocument.Point origin;
    private boolean placeUnknown;
    private ServiceIndex.Result result;
    private long openNowCount;
    private Highlights highlights;
    private List<Row> rows = List.of();

    /** One result: the service, how far it is from the chosen place, whether it is open at this moment. */
    public record Row(ServiceCatalogue.Listed listed, Double kilometres, boolean openNow, String hours) {

        public Location nearestLocation() {
            return listed.service().getLocations().stream().findFirst().orElse(null);
        }
    }

    public void load() {
        chosen.putAll(SearchLinks.chosen(FACET_PARAMETERS));
        origin = origin();
        ZonedDateTime now = ZonedDateTime.now(Messages.NETWORK_ZONE);
        ServiceQuery query = new ServiceQuery(getWords(), chosen.get("theme"), chosen.get("audience"),
                chosen.get("language"), chosen.get("commune"), chosen.get("country"), isWheelchairOnly(),
                isOpenNowOnly() ? now : null, origin, isByDistance() ? ServiceQuery.Sort.DISTANCE : ServiceQuery.Sort.RELEVANCE,
                getPageNumber(), PAGE_SIZE);
        for (TaxonomyTerm.Taxonomy taxonomy : TaxonomyTerm.Taxonomy.values()) {
            catalogue.terms(taxonomy).forEach(term -> termNames.put(term.getCode(), term.getName().in(language.getLanguage())));
        }
        result = search.search(query);
        openNowCount = isOpenNowOnly() ? result.total() : search.count(query.openAt(now));
        highlights = search.highlights(getWords());
        rows = catalogue.listed(result.hits().stream().map(ServiceIndex.Hit::serviceId).toList()).stream()
                .map(listed -> new Row(listed, kilometresTo(listed), listed.service().isOpenAt(now),
                        WeeklyHours.summary(listed.service().getHours(), language.getLocale()))).toList();
    }

    /** The place to measure from: the visitor's position, else the postcode, address or commune typed. */
    private ServiceDocument.Point origin() {
        try {
            if (lat != null && lng != null && !lat.isBlank() && !lng.isBlank()) {
                double latitude = Double.parseDouble(lat);
                double longitude = Double.parseDouble(lng);
                if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                    return new ServiceDocument.Point(latitude, longitude);
                }
            }
        } catch (NumberFormatException notANumber) {
            // fall through to the place typed, if any
        }
        if (near == null || near.isBlank()) {
            return null;
        }
        Postcodes.Point found = postcodeTable.postcodes().find(SearchLinks.cut(near, 200)).orElse(null);
        placeUnknown = found == null;
        return found == null ? null : new ServiceDocument.Point(found.latitude(), found.longitude());
    }

    private Double kilometresTo(ServiceCatalogue.Listed listed) {
        if (origin == null) {
            return null;
        }
        return listed.service().getLocations().stream().filter(Location::isLocated)
                .map(place -> kilometres(origin, place.getLatitude(), place.getLongitude()))
                .min(Double::compare).orElse(null);
    }

    /** Great-circle distance (haversine), good to a few metres at the scale of a region. */
    static double kilometres(ServiceDocument.Point from, double latitude, double longitude) {
        double dLat = Math.toRadians(latitude - from.latitude());
        double dLng = Math.toRadians(longitude - from.longitude());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(from.latitude()))
                * Math.cos(Math.toRadians(latitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 6371.0088 * 2 * Math.asin(Math.sqrt(a));
    }

    /** The text in parts to mark, shortened for a list. */
    public List<Highlights.Part> marked(String text, boolean shorten) {
        return highlights.in(SearchLinks.shortened(text, shorten ? DESCRIPTION_LENGTH : Integer.MAX_VALUE));
    }

    /** The address of this search with {@code value} of {@code facet} added, or removed when it is chosen. */
    public String toggle(String facet, String value) {
        return address(SearchLinks.toggled(chosen, facet, value), open, wheelchair, sort, 1);
    }

    public String getToggleOpenNow() {
        return address(chosen, isOpenNowOnly() ? null : "now", wheelchair, sort, 1);
    }

    public String getToggleWheelchair() {
        return address(chosen, open, isWheelchairOnly() ? null : "true", sort, 1);
    }

    public String sortedBy(String order) {
        return address(chosen, open, wheelchair, order, 1);
    }

    public String pageAddress(int number) {
        return address(chosen, open, wheelchair, sort, number);
    }

    /** This search's address without the page's own path: the service page links back to it. */
    public String getBack() {
        String full = address(chosen, open, wheelchair, sort, getPageNumber());
        return full.substring(full.indexOf('?') + 1);
    }

    private String address(Map<String, List<String>> facets, String openValue, String wheelchairValue, String order,
                           int pageNumber) {
        StringBuilder url = SearchLinks.address("/map", q, facets);
        SearchLinks.appendIfSet(url, "near", near);
        if (lat != null && lng != null && !lat.isBlank()) {
            SearchLinks.appendIfSet(url, "lat", lat);
            SearchLinks.appendIfSet(url, "lng", lng);
        }
        SearchLinks.appendIfSet(url, "sort", order);
        SearchLinks.appendIfSet(url, "open", openValue);
        SearchLinks.appendIfSet(url, "wheelchair", wheelchairValue);
        return SearchLinks.withPage(url, pageNumber);
    }

    /** How a facet value reads: a theme's or audience's name in the reader's language, a language's name, a country's. */
    public String label(String facet, String value) {
        ResourceBundle bundle = Messages.bundle(language.getLanguage());
        return switch (facet) {
            case "theme", "audience" -> termNames.getOrDefault(value, value);
            case "language" -> SearchLinks.named(bundle, "directory.language.", value);
            case "country" -> SearchLinks.named(bundle, "directory.country.", value);
            default -> value;
        };
    }

    public boolean isChosen(String facet, String value) {
        return SearchLinks.isChosen(chosen, facet, value);
    }

    /** The markers of this page's services, as JSON for the map script (names escaped by the page's attribute). */
    public String getMapPoints() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        MapMarkers markers = new MapMarkers();
        for (Row row : rows) {
            String href = context + "/service?id=" + row.listed().service().getId() + "&back=" + SearchLinks.encode(getBack());
            for (Location place : row.listed().service().getLocations()) {
                markers.add(place, row.listed().service().getName().in(language.getLanguage()),
                        row.listed().organisationName(), href);
            }
        }
        return markers.json();
    }

    public long getWheelchairCount() {
        return result.facets().getOrDefault("wheelchair", List.of()).stream().filter(count -> "true".equals(count.value()))
                .mapToLong(ServiceIndex.FacetCount::count).sum();
    }

    public boolean isByDistance() {
        return origin != null && !"relevance".equals(sort);
    }

    public boolean isOpenNowOnly() {
        return "now".equals(open);
    }

    public boolean isWheelchairOnly() {
        return "true".equals(wheelchair);
    }

    private String getWords() {
        return q == null ? "" : SearchLinks.cut(q, 200);
    }

    public int getPageNumber() {
        return SearchLinks.pageNumber(page);
    }

    public int getPages() {
        return SearchLinks.pages(result.total(), PAGE_SIZE);
    }

    public List<String> getFacetNames() { return FACET_PARAMETERS; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
    public String getNear() { return near; }
    public void setNear(String near) { this.near = near; }
    public String getLat() { return lat; }
    public void setLat(String lat) { this.lat = lat; }
    public String getLng() { return lng; }
    public void setLng(String lng) { this.lng = lng; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getOpen() { return open; }
    public void setOpen(String open) { this.open = open; }
    public String getWheelchair() { return wheelchair; }
    public void setWheelchair(String wheelchair) { this.wheelchair = wheelchair; }
    public boolean isPlaceUnknown() { return placeUnknown; }
    public boolean isSortable() { return origin != null; }
    public String getEncodedBack() { return SearchLinks.encode(getBack()); }
    public ServiceIndex.Result getResult() { return result; }
    public long getOpenNowCount() { return openNowCount; }
    public List<Row> getRows() { return rows; }
}
