package eu.socialmap.practice.control;

import java.util.List;

/**
 * What a reader asks the practice library: words (any language, synonyms and misspellings as on the social map) and
 * facet values — several values of one facet mean "any of them", different facets all apply.
 */
public record PracticeQuery(String text, List<String> themes, List<String> publics, List<String> countries,
                            List<String> kinds, int page, int pageSize) {

    public PracticeQuery {
        themes = themes == null ? List.of() : List.copyOf(themes);
        publics = publics == null ? List.of() : List.copyOf(publics);
        countries = countries == null ? List.of() : List.copyOf(countries);
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** These words, no facet, the first page of 20. */
    public static PracticeQuery words(String text) {
        return new PracticeQuery(text, List.of(), List.of(), List.of(), List.of(), 1, 20);
    }
}
