package eu.socialmap.bench;

import eu.socialmap.search.control.ServiceDocument;
import eu.socialmap.search.control.ServiceQuery;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * One search of the fixed set, with what a perfect answer contains when the generator can tell ({@code theme}).
 *
 * @param theme        the services this search is about (ground truth), null when it is a latency-only search
 * @param missingText  for a cross-language search: the language the relevant services are NOT written in
 */
record BenchQuery(String label, Kind kind, String text, String theme, String missingText, String themeFilter,
                  String commune, String spoken, ZonedDateTime openAt, Commune near) {

    enum Kind { EXACT, MISSPELT, CROSS_LANGUAGE, FACET, DISTANCE }

    static final ZonedDateTime TUESDAY_10 = ZonedDateTime.of(LocalDateTime.of(2026, 6, 2, 10, 0),
            ZoneId.of("Europe/Brussels"));

    static final List<BenchQuery> ALL = List.of(
            words(Kind.EXACT, "logement", "housing"),
            words(Kind.EXACT, "huisvesting", "housing"),
            words(Kind.EXACT, "housing", "housing"),
            // specific words: timed, but no ground truth (not every debt service speaks of "médiation")
            words(Kind.EXACT, "médiation de dettes", null),
            words(Kind.EXACT, "nachtopvang", null),
            words(Kind.EXACT, "aide alimentaire", null),
            words(Kind.MISSPELT, "logemnt", "housing"),
            words(Kind.MISSPELT, "huisvesing", "housing"),
            words(Kind.MISSPELT, "dakloze", "homelessness"),
            words(Kind.MISSPELT, "gezondheit", "health"),
            words(Kind.MISSPELT, "employmnt", "employment"),
            words(Kind.MISSPELT, "detes", "debt"),
            crossLanguage("logement", "housing", "fr"),
            crossLanguage("housing", "housing", "en"),
            crossLanguage("dakloos", "homelessness", "nl"),
            crossLanguage("santé", "health", "fr"),
            crossLanguage("dettes", "debt", "fr"),
            crossLanguage("werk", "employment", "nl"),
            crossLanguage("food", "food", "en"),
            new BenchQuery("logement, commune Kortrijk", Kind.FACET, "logement", "housing", null, null, "Kortrijk",
                    null, null, null),
            new BenchQuery("theme food, spoken ar", Kind.FACET, "", "food", null, "food", null, "ar", null, null),
            new BenchQuery("santé, spoken nl", Kind.FACET, "santé", "health", null, null, null, "nl", null, null),
            new BenchQuery("logement, open Tue 10:00", Kind.FACET, "logement", "housing", null, null, null, null,
                    TUESDAY_10, null),
            new BenchQuery("médecin, nearest Saint-Gilles", Kind.DISTANCE, "médecin", null, null, null, null, null,
                    null, Commune.named("Saint-Gilles")),
            new BenchQuery("aide alimentaire, nearest Lille", Kind.DISTANCE, "aide alimentaire", null, null, null,
                    null, null, null, Commune.named("Lille")),
            new BenchQuery("theme housing, nearest Kortrijk", Kind.DISTANCE, "", "housing", null, "housing", null,
                    null, null, Commune.named("Kortrijk")));

    private static BenchQuery words(Kind kind, String text, String theme) {
        return new BenchQuery(text, kind, text, theme, null, null, null, null, null, null);
    }

    private static BenchQuery crossLanguage(String text, String theme, String language) {
        return new BenchQuery(text + " → not in " + language, Kind.CROSS_LANGUAGE, text, theme, language, null, null,
                null, null, null);
    }

    /** The same search as the portal's /map asks it. */
    ServiceQuery serviceQuery(int page, int pageSize) {
        return new ServiceQuery(text, themeFilter == null ? List.of() : List.of(themeFilter), List.of(),
                spoken == null ? List.of() : List.of(spoken), commune == null ? List.of() : List.of(commune),
                List.of(), false, openAt,
                near == null ? null : new ServiceDocument.Point(near.latitude(), near.longitude()),
                near == null ? ServiceQuery.Sort.RELEVANCE : ServiceQuery.Sort.DISTANCE, page, pageSize);
    }

    boolean hasGroundTruth() {
        return theme != null;
    }

    /** Whether a generated service belongs in a perfect answer. */
    Predicate<ServiceGenerator.Service> relevant() {
        return service -> service.active() && service.themes().contains(theme)
                && (missingText == null || !service.writtenIn(missingText))
                && (commune == null || service.places().stream().anyMatch(p -> p.commune().name().equals(commune)))
                && (spoken == null || service.languages().contains(spoken))
                && (openAt == null || openAt(service, openAt));
    }

    static boolean openAt(ServiceGenerator.Service service, ZonedDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        LocalTime time = moment.toLocalTime();
        boolean open = service.hours().stream().anyMatch(slot -> slot.weekday() == day && !time.isBefore(slot.opens())
                && time.isBefore(slot.closes()));
        boolean closed = service.closures().stream().anyMatch(c -> !moment.toLocalDate().isBefore(c[0])
                && !moment.toLocalDate().isAfter(c[1]));
        return open && !closed;
    }
}
