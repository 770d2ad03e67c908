package eu.socialmap.immersion.entity;

import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a host writes about an offer, as one value: the form and the API hand it to {@code ImmersionOffers}, which
 * checks every field at once and refuses all the bad ones together (field names as in the form).
 *
 * @param contactId  an account of the host organisation, or null for its administrators
 * @param languages  codes of the languages used on site ("fr", "nl", "en")
 * @param periods    when it is possible, each with its places; an existing period carries its id
 */
public record OfferDetails(Long locationId, Long contactId, LocalizedText team, LocalizedText activities,
                           LocalizedText conditions, Long themeTermId, List<String> languages, int minDays, int maxDays,
                           LocalTime dayStarts, LocalTime dayEnds, List<Period> periods) implements Serializable {

    /** One period of the form. */
    public record Period(Long id, LocalDate firstDay, LocalDate lastDay, Integer places) implements Serializable {
    }

    public OfferDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
