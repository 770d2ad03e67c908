package eu.socialmap.event.view;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.platform.view.LanguageSelection;
import eu.socialmap.platform.view.PageIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The agenda ({@code /events/}): the published events ahead, filtered by kind, theme, month and language. The filters
 * are a plain GET form, so a filtered agenda is an address to share; unknown values in it read as "any".
 */
@Named
@RequestScoped
public class AgendaView {

    static final int PAGE_SIZE = 20;

    @Inject
    Events events;

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    eu.socialmap.event.boundary.EventRegistrations registrations;

    @Inject
    LanguageSelection language;

    private String kind;
    private String theme;
    private String month;
    private String lang;
    private String page;
    private Events.Agenda agenda;
    private List<TaxonomyTerm> themes;
    private Map<Long, TaxonomyTerm> themesById;
    private List<eu.socialmap.event.boundary.EventRegistrations.Mine> mine = List.of();

    public void load() {
        themes = catalogue.terms(TaxonomyTerm.Taxonomy.THEME);
        themesById = themes.stream().collect(Collectors.toMap(TaxonomyTerm::getId, t -> t));
        EventKind chosenKind = Arrays.stream(EventKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        long themeId = PageIds.parse(theme);
        Long chosenTheme = themesById.containsKey(themeId) ? themeId : null;
        String chosenLanguage = lang != null && List.of("fr", "nl", "en").contains(lang) ? lang : null;
        agenda = events.agenda(new Events.AgendaFilter(chosenKind, chosenTheme, chosenMonth(), chosenLanguage),
                (int) Math.max(1, Math.min(10_000, PageIds.parse(page))), PAGE_SIZE);
        mine = registrations.mine();
        kind = chosenKind == null ? null : chosenKind.name();
        theme = chosenTheme == null ? null : chosenTheme.toString();
        lang = chosenLanguage;
    }

    private YearMonth chosenMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException notAMonth) {
            month = null;
            return null;
        }
    }

    /** This month and the eleven after it, as "2026-11" with their names in the reader's language. */
    public List<Map.Entry<String, String>> getMonths() {
        DateTimeFormatter name = DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale());
        YearMonth first = YearMonth.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
        List<Map.Entry<String, String>> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth m = first.plusMonths(i);
            months.add(Map.entry(m.toString(), name.format(m)));
        }
        return months;
    }

    public TaxonomyTerm themeOf(Long id) {
        return id == null ? null : themesById.get(id);
    }

    public boolean isFiltered() {
        return kind != null || theme != null || (month != null && !month.isBlank()) || lang != null;
    }

    /** The same filters on another page of results. */
    public String pageAddress(int number) {
        StringBuilder url = new StringBuilder("?page=").append(number);
        append(url, "kind", kind);
        append(url, "theme", theme);
        append(url, "month", month);
        append(url, "lang", lang);
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public EventKind[] getKinds() { return EventKind.values(); }
    public List<TaxonomyTerm> getThemes() { return themes; }
    public Events.Agenda getAgenda() { return agenda; }
    public List<eu.socialmap.event.boundary.EventRegistrations.Mine> getMine() { return mine; }
    public boolean isMayOrganise() { return events.mayOrganise(); }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getMonth() { return month; }
    public void setMonth(String month) { this.month = month; }
    public String getLang() { return lang; }
    public void setLang(String lang) { this.lang = lang; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
