package eu.socialmap.event.view;

import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonLdTest {

    private static final Instant START = Instant.parse("2027-03-18T08:00:00Z");

    private static Event event(String title, String address, String online) {
        return new Event(new EventDetails(EventKind.FORUM, new LocalizedText(title, "Forum NL", "Forum EN"),
                new LocalizedText("Un forum.", "", ""), null, null, address, online, START, START.plusSeconds(8 * 3600),
                Audience.PUBLIC, List.of("fr", "nl"), true, 200, null, null, Set.of(), 48, null), null, 1L, START);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void anEventInAPlaceIsAnOfflineSchemaOrgEventInTheReadersLanguage() {
        JsonObject json = parse(EventJsonLd.of(event("Forum FR", "Rue de la Victoire 96, 1060 Saint-Gilles", null),
                Language.NL, "https://portal.example/events/view?id=7", "CPAS Saint-Gilles", 12));

        assertThat(json.getString("@type")).isEqualTo("Event");
        assertThat(json.getString("name")).isEqualTo("Forum NL");
        assertThat(json.getString("startDate")).isEqualTo("2027-03-18T08:00:00Z");
        assertThat(json.getString("eventAttendanceMode")).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(json.getJsonObject("location").getString("address")).startsWith("Rue de la Victoire");
        assertThat(json.getJsonObject("organizer").getString("name")).isEqualTo("CPAS Saint-Gilles");
        assertThat(json.getJsonObject("offers").getString("availability")).isEqualTo("https://schema.org/InStock");
        assertThat(json.getJsonArray("inLanguage").getString(1)).isEqualTo("nl");
    }

    @Test
    void aFullOnlineEventIsSoldOutAndVirtual() {
        JsonObject json = parse(EventJsonLd.of(event("Webinaire", null, "https://meet.example/abc"), Language.FR,
                "https://portal.example/events/view?id=8", null, 0));

        assertThat(json.getString("eventAttendanceMode")).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(json.getJsonObject("location").getString("@type")).isEqualTo("VirtualLocation");
        assertThat(json.getJsonObject("offers").getString("availability")).isEqualTo("https://schema.org/SoldOut");
        assertThat(json.containsKey("organizer")).isFalse();
    }

    @Test
    void aTitleCannotCloseTheScriptElementItIsPrintedIn() {
        String json = EventJsonLd.of(event("</script><script>alert(1)</script>", "Rue 1", null), Language.FR,
                "https://portal.example/events/view?id=9", null, 3);

        assertThat(json).doesNotContain("<");
        assertThat(parse(json).getString("name")).isEqualTo("</script><script>alert(1)</script>");
    }
}
