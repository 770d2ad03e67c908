package eu.socialmap.platform.control;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.CuType;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes meetings as iCalendar (RFC 5545) text: the feed that calendar applications subscribe to (METHOD:PUBLISH)
 * and the invitations and cancellations sent by mail (iTIP, RFC 5546: METHOD:REQUEST and METHOD:CANCEL).
 * <p>
 * Times are written as Brussels wall-clock times with one VTIMEZONE, so a meeting stays at 09:30 for the reader
 * across daylight-saving changes. The VTIMEZONE comes from the definitions bundled in ical4j; {@code ical4j.properties}
 * keeps ical4j from ever refreshing them over the network.
 */
public final class ICalendarWriter {

    public static final String PRODUCT_ID = "-//socialmap//working groups//EN";
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    /** How often a subscribed calendar should come back for changes (a moved meeting shows within the hour). */
    public static final Duration REFRESH = Duration.ofHours(1);
    /** RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets, the line break excluded. */
    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private static final VTimeZone TIME_ZONE = compact(
            TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE.getId()).getVTimeZone());

    private ICalendarWriter() {
    }

    /**
     * A subscribable calendar of meetings. RFC 5546 wants an ORGANIZER on every published event: the portal's own
     * address (the feed is its publication, nobody answers it).
     */
    public static String publish(String calendarName, List<CalendarEntry> entries, String organizerEmail,
                                 Instant now) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        // RFC 7986's hint, and the older one Outlook and Apple read
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, entry.status(), organizerEmail, now));
        }
        return fold(calendar.toString());
    }

    /** The invitation to one meeting, or its update after a move (same uid, higher sequence), for one member. */
    public static String request(CalendarEntry entry, String organizerEmail, String attendeeEmail, Instant now) {
        Calendar calendar = calendar(ImmutableMethod.REQUEST);
        VEvent event = event(entry, entry.status(), organizerEmail, now);
        event.add(attendee(attendeeEmail));
        calendar.add(event);
        return fold(calendar.toString());
    }

    /** The cancellation of a meeting for one member: her calendar removes (or strikes out) the event. */
    public static String cancel(CalendarEntry entry, String organizerEmail, String attendeeEmail, Instant now) {
        Calendar calendar = calendar(ImmutableMethod.CANCEL);
        VEvent event = event(entry, CalendarEntry.Status.CANCELLED, organizerEmail, now);
        event.add(attendee(attendeeEmail));
        calendar.add(event);
        return fold(calendar.toString());
    }

    private static Calendar calendar(Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(method);
        calendar.add(TIME_ZONE.copy());
        return calendar;
    }

    private static VEvent event(CalendarEntry entry, CalendarEntry.Status status, String organizerEmail, Instant now) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(now));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(status(status));
        event.add(new DtStart<>(ZonedDateTime.ofInstant(entry.start(), ZONE)));
        event.add(new DtEnd<>(ZonedDateTime.ofInstant(entry.end(), ZONE)));
        event.add(new LastModified(entry.lastModified()));
        event.add(new Summary(text(entry.summary())));
        event.add(new Organizer(mailto(organizerEmail)));
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(text(entry.description())));
        }
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(text(entry.location())));
        }
        if (entry.url() != null && !entry.url().isBlank()) {
            event.add(new Url(URI.create(entry.url().strip())));
        }
        return event;
    }

    private static Status status(CalendarEntry.Status status) {
        return switch (status) {
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /** Invited one by one: the member answers for herself, and nobody sees the other members' addresses. */
    private static Attendee attendee(String email) {
        return new Attendee(new ParameterList(List.of(CuType.INDIVIDUAL, Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION,
                // the portal reads no answers by mail: clients should not send any
                Rsvp.FALSE)), mailto(email));
    }

    private static URI mailto(String email) {
        Objects.requireNonNull(email, "email");
        try {
            return new URI("mailto", email.strip(), null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not an address: " + email, e);
        }
    }

    /** Line breaks as one LF: ical4j escapes LF as "\n", but a stray CR would end the content line. */
    private static String text(String value) {
        return value.strip().replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Only the observances in force today (a yearly rule with no end): the full history since 1880 would make
     * every invitation several kilobytes longer and adds nothing for meetings from now on. TZURL is left out so
     * that no client is pointed at a third-party server.
     */
    private static VTimeZone compact(VTimeZone bundled) {
        List<Observance> inForce = bundled.getObservances().stream()
                .filter(observance -> observance.getProperty(Property.RRULE)
                        .map(rule -> ((RRule<?>) rule).getRecur().getUntil() == null).orElse(false))
                .toList();
        if (inForce.isEmpty()) {
            return bundled.copy();
        }
        TzId tzId = bundled.getProperty(Property.TZID).map(TzId.class::cast).orElseThrow();
        return new VTimeZone(new PropertyList(List.of(tzId)),
                new ComponentList<>(new ArrayList<>(inForce)));
    }

    /**
     * Folds content lines at 75 octets of UTF-8 (RFC 5545 §3.1), never inside a character. ical4j's own folding
     * counts characters, so a line of accented French or Dutch text would come out longer than allowed.
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int width = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + width > MAX_LINE_OCTETS) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += width;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }
}
