package eu.socialmap.directory.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.Closure;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.OpeningSlot;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;

/**
 * A service's page ({@code /service?id=…&back=…}): everything a social worker needs to send someone there. {@code
 * back} is the search it was found with (a query string only, so the link can only lead back to the map).
 */
@Named
@RequestScoped
public class ServicePageView {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    LanguageSelection language;

    private String id;
    private String back;
    private ServiceCatalogue.ServicePage page;

    /** The opening slots of one weekday, in order. */
    public record Day(String name, List<OpeningSlot> slots) {
    }

    public void load() throws IOException {
        try {
            page = catalogue.page(PageIds.parse(id));
        } catch (BusinessException notVisible) {
            ErrorPages.send(404);
        }
    }

    /** Monday to Sunday, with the days it is closed said so (an empty list). */
    public List<Day> getWeek() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(day -> new Day(
                day.getDisplayName(TextStyle.FULL_STANDALONE, language.getLocale()),
                page.service().getHours().stream().filter(slot -> slot.getWeekday() == day)
                        .sorted(Comparator.comparing(OpeningSlot::getOpensAt)).toList())).toList();
    }

    public boolean isHasHours() {
        return !page.service().getHours().isEmpty();
    }

    /** Closures still to come or under way, the nearest first. */
    public List<Closure> getClosures() {
        LocalDate today = LocalDate.now(Messages.NETWORK_ZONE);
        return page.service().getClosures().stream().filter(closure -> !closure.getLastDay().isBefore(today))
                .sorted(Comparator.comparing(Closure::getFirstDay)).toList();
    }

    public boolean isOpenNow() {
        return page.service().isOpenAt(ZonedDateTime.now(Messages.NETWORK_ZONE));
    }

    public List<TaxonomyTerm> terms(String taxonomy) {
        return page.service().getTerms().stream().filter(term -> term.getTaxonomy().name().equals(taxonomy))
                .sorted(Comparator.comparing(term -> term.getName().in(language.getLanguage()))).toList();
    }

    public List<Location> getLocations() {
        return page.service().getLocations().stream().sorted(Comparator.comparing(Location::getId)).toList();
    }

    /** The search this page was reached from, or the map's first page. */
    public String getBackAddress() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/map" + (back == null || back.isBlank() ? "" : "?" + back.replaceAll("[\\r\\n]", ""));
    }

    /** The service's places for the map script. */
    public String getMapPoints() {
        eu.socialmap.search.view.MapMarkers markers = new eu.socialmap.search.view.MapMarkers();
        for (Location place : getLocations()) {
            markers.add(place, java.util.Objects.toString(place.getName(), page.service().getName().in(language.getLanguage())),
                    page.organisation().getShortName(), null);
        }
        return markers.json();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getBack() { return back; }
    public void setBack(String back) { this.back = back; }
    public ServiceCatalogue.ServicePage getPage() { return page; }
}
