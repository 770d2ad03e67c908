package eu.socialmap.event.view;

import eu.socialmap.event.boundary.EventDesk;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.control.TicketQr;
import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * The check-in desk at the door ({@code /events/desk?id=}), for the event's organisers, on a phone. Without
 * JavaScript every way works by plain posts: the ticket's code typed, a photo of the QR code (read on the server), a
 * name searched. With JavaScript (desk.js) the camera scans, check-ins go to the REST API and wait on the phone while
 * the network is away, and the counts refresh themselves.
 */
@Named
@ViewScoped
public class EventDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A photo of a ticket is well under this; anything bigger is not worth decoding. */
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    static final int SEARCH_RESULTS = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Brussels"));
    /** The business refusals of a check-in and the outcome each one shows (the same names as in desk.js). */
    private static final Map<String, String> REFUSALS = Map.of(
            "event.ticket.unknown", "unknown",
            "event.ticket.otherEvent", "other",
            "event.checkin.noSeat", "noseat",
            "event.checkin.notToday", "nottoday",
            "event.registration.unknown", "unknown",
            "event.notOrganiser", "forbidden");

    @Inject
    Events events;

    @Inject
    EventDesk desk;

    @Inject
    Notices notices;

    /** What the last check-in gave: {@code kind} is first, already, unknown, other, noseat, nottoday, noqr, forbidden. */
    public record Outcome(String kind, String name, String organisation, String time) implements Serializable {
        public boolean isGood() {
            return "first".equals(kind);
        }

        public boolean isWarning() {
            return "already".equals(kind);
        }
    }

    private String id;
    private long eventId;
    private Event event;
    private EventDesk.Counts counts;
    private String code;
    private String q;
    private transient Part photo;
    private Outcome outcome;
    private EventDesk.Page found;

    public void load() throws IOException {
        eventId = PageIds.parse(id);
        try {
            event = events.requireOrganiser(eventId);
            counts = desk.counts(eventId);
        } catch (BusinessException refused) {
            ErrorPages.send(refused.kind() == BusinessException.Kind.FORBIDDEN ? 403 : 404);
        }
    }

    public void checkIn() {
        checkIn(code);
        code = null;
    }

    /** A photo of the QR code, for phones whose browser cannot scan (and without JavaScript). */
    public void checkInPhoto() {
        Optional<byte[]> image = readPhoto();
        if (image.isEmpty()) {
            return;
        }
        Optional<String> read = TicketQr.read(image.get());
        if (read.isEmpty()) {
            outcome = new Outcome("noqr", null, null, null);
            return;
        }
        checkIn(read.get());
    }

    public void search() {
        found = q == null || q.isBlank() ? null : desk.registrations(eventId, null, q, 1, SEARCH_RESULTS);
    }

    /** Someone found by name (she forgot her ticket). */
    public void checkInById(long registrationId) {
        try {
            record(desk.checkInById(eventId, registrationId));
        } catch (BusinessException refused) {
            refused(refused);
        }
        search();
    }

    private void checkIn(String typed) {
        try {
            record(desk.checkIn(eventId, typed, null));
        } catch (BusinessException refused) {
            refused(refused);
        }
    }

    private void record(EventDesk.CheckIn done) {
        outcome = new Outcome(done.first() ? "first" : "already", done.registration().getName(),
                done.registration().getOrganisationName(), time(done.at()));
        counts = desk.counts(eventId);
    }

    private void refused(BusinessException refused) {
        outcome = new Outcome(REFUSALS.getOrDefault(refused.messageKey(), "unknown"), null, null, null);
    }

    /** The photo's bytes if it is an image of at most 5 MB; otherwise why not, next to the field. */
    private Optional<byte[]> readPhoto() {
        if (photo == null || photo.getSize() == 0) {
            notices.error("event.desk.photo.empty");
            return Optional.empty();
        }
        if (photo.getSize() > MAX_PHOTO_BYTES) {
            notices.error("event.desk.photo.tooBig", MAX_PHOTO_BYTES / (1024 * 1024));
            return Optional.empty();
        }
        String type = photo.getContentType();
        byte[] bytes;
        try (InputStream in = photo.getInputStream()) {
            bytes = in.readNBytes((int) MAX_PHOTO_BYTES + 1);
        } catch (IOException e) {
            notices.error("event.desk.photo.unreadable");
            return Optional.empty();
        }
        // the declared type and the content both: a browser may say image/* of anything
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("image/") || !looksLikeImage(bytes)
                || bytes.length > MAX_PHOTO_BYTES) {
            notices.error("event.desk.photo.notImage");
            return Optional.empty();
        }
        return Optional.of(bytes);
    }

    /** JPEG, PNG, GIF, BMP or WebP by their first bytes (the QR reader takes what ImageIO reads: JPEG, PNG, GIF, BMP). */
    static boolean looksLikeImage(byte[] b) {
        return starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 0x89, 'P', 'N', 'G') || starts(b, 'G', 'I', 'F', '8')
                || starts(b, 'B', 'M') || (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P');
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getEventId() { return eventId; }
    public Event getEvent() { return event; }
    public EventDesk.Counts getCounts() { return counts; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Part getPhoto() { return photo; }
    public void setPhoto(Part photo) { this.photo = photo; }
    public Outcome getOutcome() { return outcome; }
    public EventDesk.Page getFound() { return found; }
}
