package eu.socialmap.immersion.control;

import java.util.List;

/**
 * What a person asks the immersion offers: words (any language, misspellings forgiven, as on the social map) and
 * facet values — several values of one facet mean "any of them", different facets all apply. Durations are numbers
 * of days ("3"), months are "2027-03". {@link Sort#DISTANCE} sorts from the signed-in person's organisation (by
 * relevance for anyone else).
 */
public record OfferQuery(String text, List<String> themes, List<String> countries, List<String> languages,
                         List<String> durations, List<String> months, Sort sort, int page, int pageSize) {

    public enum Sort { RELEVANCE, DISTANCE }

    public OfferQuery {
        themes = themes == null ? List.of() : List.copyOf(themes);
        countries = countries == null ? List.of() : List.copyOf(countries);
        languages = languages == null ? List.of() : List.copyOf(languages);
        durations = durations == null ? List.of() : List.copyOf(durations);
        months = months == null ? List.of() : List.copyOf(months);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    /** These words, no facet, by relevance, the first page of 20. */
    public static OfferQuery words(String text) {
        return new OfferQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(), Sort.RELEVANCE, 1, 20);
    }

    public OfferQuery withThemes(List<String> values) {
        return new OfferQuery(text, values, countries, languages, durations, months, sort, page, pageSize);
    }

    public OfferQuery withCountries(List<String> values) {
        return new OfferQuery(text, themes, values, languages, durations, months, sort, page, pageSize);
    }

    public OfferQuery withLanguages(List<String> values) {
        return new OfferQuery(text, themes, countries, values, durations, months, sort, page, pageSize);
    }

    public OfferQuery withDurations(List<String> values) {
        return new OfferQuery(text, themes, countries, languages, values, months, sort, page, pageSize);
    }

    public OfferQuery withMonths(List<String> values) {
        return new OfferQuery(text, themes, countries, languages, durations, values, sort, page, pageSize);
    }

    public OfferQuery sortedBy(Sort order) {
        return new OfferQuery(text, themes, countries, languages, durations, months, order, page, pageSize);
    }

    public OfferQuery onPage(int number, int size) {
        return new OfferQuery(text, themes, countries, languages, durations, months, sort, number, size);
    }
}
