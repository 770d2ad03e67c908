package eu.socialmap.event.view;

import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.entity.Language;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An event as schema.org {@code Event} JSON-LD, for search engines and agenda aggregators. The text is safe inside a
 * {@code <script>} element: "<" is escaped, so a title cannot close it.
 */
final class EventJsonLd {

    private EventJsonLd() {
    }

    static String of(Event event, Language language, String pageUrl, String organiserName, int seatsLeft) {
        boolean online = event.getOnlineUrl() != null && !event.getOnlineUrl().isBlank();
        boolean inPerson = event.getAddress() != null && !event.getAddress().isBlank();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Event")
                .add("name", event.getTitle().in(language))
                .add("startDate", event.getStartsAt().toString())
                .add("endDate", event.getEndsAt().toString())
                .add("url", pageUrl)
                .add("eventStatus", event.getStatus() == Event.Status.CANCELLED
                        ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled")
                .add("eventAttendanceMode", online && inPerson ? "https://schema.org/MixedEventAttendanceMode"
                        : online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode")
                .add("isAccessibleForFree", true);
        String description = event.getDescription() == null ? null : event.getDescription().in(language);
        if (description != null && !description.isBlank()) {
            json.add("description", description);
        }
        if (!event.getLanguages().isEmpty()) {
            var languages = Json.createArrayBuilder();
            event.getLanguages().forEach(languages::add);
            json.add("inLanguage", languages);
        }
        if (inPerson) {
            json.add("location", Json.createObjectBuilder().add("@type", "Place").add("address", event.getAddress()));
        } else if (online) {
            json.add("location", Json.createObjectBuilder().add("@type", "VirtualLocation").add("url", event.getOnlineUrl()));
        }
        if (organiserName != null) {
            json.add("organizer", Json.createObjectBuilder().add("@type", "Organization").add("name", organiserName));
        }
        json.add("remainingAttendeeCapacity", seatsLeft);
        json.add("offers", Json.createObjectBuilder().add("@type", "Offer").add("price", "0").add("priceCurrency", "EUR")
                .add("url", pageUrl).add("availability", seatsLeft > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut"));
        return json.build().toString().replace("<", "\\u003c");
    }
}
