package eu.socialmap.practice.control;

import eu.socialmap.platform.entity.Language;

import java.util.List;
import java.util.Map;

/**
 * A published sheet as the search sees it.
 *
 * @param texts        per language, the title and every section written in it, as plain words
 * @param organisations the lead organisation's and partners' names
 * @param themes       THEME term codes; {@code publics} AUDIENCE term codes
 * @param countries    "BE", "FR": of the lead organisation and partners
 * @param kinds        organisation kinds (e.g. SOCIAL_WELFARE_CENTRE) of the lead organisation and partners
 */
public record PracticeDocument(long id, boolean membersOnly, Map<Language, String> texts, String organisations,
                               List<String> themes, List<String> publics, List<String> countries, List<String> kinds) {

    public PracticeDocument {
        texts = Map.copyOf(texts);
        themes = List.copyOf(themes);
        publics = List.copyOf(publics);
        countries = List.copyOf(countries);
        kinds = List.copyOf(kinds);
    }
}
