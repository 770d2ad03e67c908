package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.LocalizedText;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an organiser writes about an event, as one value: the form hands it to the service, which checks every
 * field at once and refuses all the bad ones together.
 *
 * @param languages   codes of the languages spoken ("fr", "nl", "en")
 * @param capacity    seats, 1 to {@link Event#MAX_CAPACITY}
 * @param standCount  numbered stands of a fair, or null
 */
public record EventDetails(EventKind kind, LocalizedText title, LocalizedText description, Long themeTermId,
                           Long locationId, String address, String onlineUrl, Instant startsAt, Instant endsAt,
                           Audience audience, List<String> languages, boolean interpretation, Integer capacity,
                           Instant registrationOpensAt, Instant registrationClosesAt, Set<FormField> formFields,
                           int offerHours, Integer standCount) implements Serializable {

    public EventDetails {
        languages = languages == null ? List.of() : List.copyOf(languages);
        formFields = formFields == null ? Set.of() : Set.copyOf(formFields);
    }

    /** The same details with the address the service settled on (a social-map place's, copied). */
    public EventDetails withPlace(Long location, String placeAddress) {
        return new EventDetails(kind, title, description, themeTermId, location, placeAddress, onlineUrl, startsAt,
                endsAt, audience, languages, interpretation, capacity, registrationOpensAt, registrationClosesAt,
                formFields, offerHours, standCount);
    }
}
