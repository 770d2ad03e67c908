package eu.socialmap.immersion.control;

import eu.socialmap.platform.entity.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * A published offer as the search sees it: its texts in each language, its host's name and commune, and its facets.
 *
 * @param themeCode the theme term's code, null when the offer names none
 * @param country   "BE" or "FR", the country of the offer's place
 * @param languages the languages used on site ("fr", "nl", "en")
 * @param periods   the offer's periods with their free places
 * @param latitude  the place on the map; null (with {@code longitude}) when it is not located
 */
public record OfferDocument(long id, LocalizedText team, LocalizedText activities, LocalizedText conditions,
                            String hostName, String commune, String themeCode, String country, List<String> languages,
                            int minDays, int maxDays, List<Period> periods, Double latitude, Double longitude) {

    /** When the offer is possible, and how many places are still free then. */
    public record Period(LocalDate firstDay, LocalDate lastDay, int free) {
    }

    public OfferDocument {
        languages = languages == null ? List.of() : List.copyOf(languages);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
