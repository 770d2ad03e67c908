package eu.socialmap.search.control;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a person asks the social map: words (any language, misspellings forgiven), facet values (several values of
 * one facet mean "any of them"; different facets all apply), open at a moment, wheelchair access, and an origin to
 * sort by distance from.
 */
public record ServiceQuery(String text, List<String> themes, List<String> audiences, List<String> languages,
                           List<String> communes, List<String> countries, boolean wheelchair, ZonedDateTime openAt,
                           ServiceDocument.Point origin, Sort sort, int page, int pageSize) {

    public enum Sort { RELEVANCE, DISTANCE }

    public static ServiceQuery words(String text) {
        return new ServiceQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(), false, null, null,
                Sort.RELEVANCE, 1, 20);
    }

    public ServiceQuery withCommunes(List<String> values) {
        return new ServiceQuery(text, themes, audiences, languages, values, countries, wheelchair, openAt, origin, sort,
                page, pageSize);
    }

    public ServiceQuery withLanguages(List<String> values) {
        return new ServiceQuery(text, themes, audiences, values, communes, countries, wheelchair, openAt, origin, sort,
                page, pageSize);
    }

    public ServiceQuery openAt(ZonedDateTime moment) {
        return new ServiceQuery(text, themes, audiences, languages, communes, countries, wheelchair, moment, origin,
                sort, page, pageSize);
    }

    public ServiceQuery nearestTo(ServiceDocument.Point point) {
        return new ServiceQuery(text, themes, audiences, languages, communes, countries, wheelchair, openAt, point,
                Sort.DISTANCE, page, pageSize);
    }
}
