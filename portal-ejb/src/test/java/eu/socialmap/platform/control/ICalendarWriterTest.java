package eu.socialmap.platform.control;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.ZoneRulesBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the writer produces is read back by ical4j in strict mode and must pass its RFC 5545 and iTIP checks. */
class ICalendarWriterTest {

    private static final List<String> RELAXATIONS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY);
    private static final Instant NOW = Instant.parse("2026-06-02T10:00:00Z");
    private static final String LEAD = "lead@ocmw-kortrijk.be";
    private static final String MEMBER = "member@cpas-mouscron.be";

    private static final CalendarEntry SUMMER = new CalendarEntry("summer-1@socialmap", 0,
            CalendarEntry.Status.CONFIRMED, Instant.parse("2026-07-07T07:30:00Z"), Instant.parse("2026-07-07T09:30:00Z"),
            "Logement", "Ordre du jour", "Rue de la Victoire 96, 1060 Saint-Gilles",
            "https://portal.test/workinggroups/3/meetings/12", Instant.parse("2026-06-01T08:00:00Z"));
    private static final CalendarEntry WINTER = new CalendarEntry("winter-1@socialmap", 2,
            CalendarEntry.Status.TENTATIVE, Instant.parse("2026-12-01T08:30:00Z"), Instant.parse("2026-12-01T10:00:00Z"),
            "Huisvesting", null, null, null, Instant.parse("2026-06-01T08:00:00Z"));

    @BeforeAll
    static void strict() {
        // whatever a system property says: nothing may be read leniently here
        RELAXATIONS.forEach(key -> CompatibilityHints.setHintEnabled(key, false));
    }

    @AfterAll
    static void backToConfiguration() {
        RELAXATIONS.forEach(CompatibilityHints::clearHintEnabled);
    }

    @Test
    void theConfigurationShippedWithThePortalIsStrictAndOffline() {
        assertThat(Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled")).contains("false");
        RELAXATIONS.forEach(key -> assertThat(Configurator.getProperty(key)).as(key).contains("false"));
    }

    @Test
    void anInvitationIsAValidRequestWithItsOrganizerAndAttendee() throws Exception {
        String ics = ICalendarWriter.request(SUMMER, LEAD, MEMBER, NOW);

        Calendar calendar = parseValid(ics);
        assertThat(value(calendar, Property.METHOD)).isEqualTo("REQUEST");
        assertThat(value(calendar, Property.PRODID)).isEqualTo("-//socialmap//working groups//EN");
        assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.UID)).isEqualTo("summer-1@socialmap");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260602T100000Z");
        assertThat(value(event, Property.LAST_MODIFIED)).isEqualTo("20260601T080000Z");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:" + LEAD);
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:" + MEMBER);
        assertThat(event.getRequiredProperty(Property.ATTENDEE).getParameter(Parameter.RSVP))
                .map(Parameter::getValue).contains("FALSE");
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Logement");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Ordre du jour");
        assertThat(value(event, Property.LOCATION)).isEqualTo("Rue de la Victoire 96, 1060 Saint-Gilles");
        assertThat(value(event, Property.URL)).isEqualTo("https://portal.test/workinggroups/3/meetings/12");
    }

    @Test
    void aSummerAndAWinterMeetingAreWrittenInBrusselsTime() throws Exception {
        Calendar calendar = parseValid(ICalendarWriter.publish("Mes réunions", List.of(SUMMER, WINTER), LEAD, NOW));

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        assertBrusselsTime(events.get(0), Property.DTSTART, "20260707T093000", "2026-07-07T07:30:00Z");
        assertBrusselsTime(events.get(0), Property.DTEND, "20260707T113000", "2026-07-07T09:30:00Z");
        assertBrusselsTime(events.get(1), Property.DTSTART, "20261201T093000", "2026-12-01T08:30:00Z");
        assertBrusselsTime(events.get(1), Property.DTEND, "20261201T110000", "2026-12-01T10:00:00Z");
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
    }

    @Test
    void theTimeZoneWrittenAgreesWithJavaOnEveryChangeOfTheComingYears() throws Exception {
        Calendar calendar = parseValid(ICalendarWriter.request(SUMMER, LEAD, MEMBER, NOW));

        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Brussels");
        assertThat(zone.getProperty(Property.TZURL)).as("no pointer to a third-party server").isEmpty();
        ZoneRules written = new ZoneRulesBuilder().vTimeZone(zone).build();
        ZoneRules java = ICalendarWriter.ZONE.getRules();
        for (Instant hour = Instant.parse("2026-01-01T00:00:00Z"); hour.isBefore(Instant.parse("2031-01-01T00:00:00Z"));
             hour = hour.plus(1, ChronoUnit.HOURS)) {
            assertThat(written.getOffset(hour)).as(hour.toString()).isEqualTo(java.getOffset(hour));
        }
    }

    @Test
    void aMovedMeetingKeepsItsUidWithAHigherSequence() throws Exception {
        CalendarEntry moved = SUMMER.movedTo(Instant.parse("2026-07-14T07:30:00Z"),
                Instant.parse("2026-07-14T09:30:00Z"), NOW);

        VEvent before = onlyEvent(parseValid(ICalendarWriter.request(SUMMER, LEAD, MEMBER, NOW)));
        VEvent after = onlyEvent(parseValid(ICalendarWriter.request(moved, LEAD, MEMBER, NOW.plusSeconds(60))));

        assertThat(value(after, Property.UID)).isEqualTo(value(before, Property.UID));
        assertThat(Integer.parseInt(value(after, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(before, Property.SEQUENCE)));
        assertBrusselsTime(after, Property.DTSTART, "20260714T093000", "2026-07-14T07:30:00Z");
    }

    @Test
    void aCancellationIsAValidCancelOfTheSameEvent() throws Exception {
        CalendarEntry cancelled = WINTER.cancelled(NOW);

        Calendar calendar = parseValid(ICalendarWriter.cancel(cancelled, LEAD, MEMBER, NOW));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("CANCEL");
        VEvent event = onlyEvent(calendar);
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.UID)).isEqualTo("winter-1@socialmap");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("3");
        assertThat(value(event, Property.ORGANIZER)).isEqualTo("mailto:" + LEAD);
        assertThat(value(event, Property.ATTENDEE)).isEqualTo("mailto:" + MEMBER);
    }

    @Test
    void aCancellationIsCancelledWhateverTheStatusItWasGiven() throws Exception {
        VEvent event = onlyEvent(parseValid(ICalendarWriter.cancel(SUMMER, LEAD, MEMBER, NOW)));

        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void aFeedNamesItselfAsksToBeRefreshedAndLeavesOutWhatAMeetingDoesNotHave() throws Exception {
        Calendar calendar = parseValid(ICalendarWriter.publish("Mijn vergaderingen", List.of(WINTER,
                SUMMER.cancelled(NOW)), "portal@socialmap.test", NOW));

        assertThat(value(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Mijn vergaderingen");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT1H");
        assertThat(value(calendar, "X-PUBLISHED-TTL")).isEqualTo("PT1H");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).extracting(event -> value(event, Property.STATUS)).containsExactly("TENTATIVE", "CANCELLED");
        assertThat(events.get(0).getProperty(Property.DESCRIPTION)).isEmpty();
        assertThat(events.get(0).getProperty(Property.LOCATION)).isEmpty();
        assertThat(events.get(0).getProperty(Property.URL)).isEmpty();
        assertThat(events.get(0).getProperty(Property.ATTENDEE)).isEmpty();
    }

    @Test
    void aFeedWithoutMeetingsIsStillAValidCalendar() throws Exception {
        Calendar calendar = parseValid(ICalendarWriter.publish("Mes réunions", List.of(), LEAD, NOW));

        assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
    }

    @Test
    void punctuationLineBreaksAndAccentsComeBackAsTheyWere() throws Exception {
        String summary = "Logement; accès, « droits » – l’été de Zoë \\ 😀";
        // line breaks as forms send them (CRLF), as Unix writes them, and as old Mac text had them (a lone CR)
        String description = "Ordre du jour :\r\n1. l’accès au logement;\n2, les expulsions\r3. "
                + "Réunion à Mouscron ’".repeat(12);
        String location = "CPAS, rue de l’Église 1; 7700 Mouscron";
        CalendarEntry entry = new CalendarEntry("special@socialmap", 0, CalendarEntry.Status.CONFIRMED,
                SUMMER.start(), SUMMER.end(), summary, description, location, null, NOW);

        String ics = ICalendarWriter.request(entry, LEAD, MEMBER, NOW);

        VEvent event = onlyEvent(parseValid(ics));
        assertThat(value(event, Property.SUMMARY)).isEqualTo(summary);
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description.replace("\r\n", "\n").replace('\r', '\n'));
        assertThat(value(event, Property.LOCATION)).isEqualTo(location);
        assertThat(ics).contains("SUMMARY:Logement\\; accès\\, « droits » – l’été de Zoë \\\\ ");
    }

    @Test
    void everyLineEndsWithCrLfAndNoneIsLongerThan75Octets() {
        String description = "Réunion à Mouscron ’ ".repeat(40) + "😀".repeat(40);
        CalendarEntry entry = new CalendarEntry("long@socialmap", 0, CalendarEntry.Status.CONFIRMED, SUMMER.start(),
                SUMMER.end(), "Été", description, null, null, NOW);

        String ics = ICalendarWriter.request(entry, LEAD, MEMBER, NOW);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        List<String> lines = List.of(ics.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(" "));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("\uFFFD"));
    }

    @Test
    void foldingNeverCutsACharacter() {
        String line = "X:" + "é".repeat(40) + "😀".repeat(20);

        String folded = ICalendarWriter.fold(line + "\r\n");

        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
        assertThat(folded.split("\r\n")).allSatisfy(part -> {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1))).isFalse();
        });
    }

    private static void assertBrusselsTime(VEvent event, String name, String localValue, String instant) {
        Property property = event.getRequiredProperty(name);
        assertThat(property.getParameter(Parameter.TZID)).map(Parameter::getValue).contains("Europe/Brussels");
        assertThat(property.getValue()).isEqualTo(localValue);
        ZonedDateTime parsed = (ZonedDateTime) ((DateProperty<?>) property).getDate();
        assertThat(parsed.toInstant()).isEqualTo(Instant.parse(instant));
    }

    /** Parsed strictly, then checked against RFC 5545 and, with a METHOD, RFC 5546 (iTIP). */
    private static Calendar parseValid(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        return calendar;
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    private static String value(Calendar calendar, String name) {
        return calendar.getProperty(name).map(Property::getValue).orElse(null);
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).map(Property::getValue).orElse(null);
    }
}
