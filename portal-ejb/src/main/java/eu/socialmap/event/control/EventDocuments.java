package eu.socialmap.event.control;

import eu.socialmap.platform.entity.Language;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An event's printed documents as PDFs: a participant's ticket with its QR code, name badges to cut out, the list
 * of attendees to sign at the entrance and a certificate of attendance. The caller has already put the event's
 * texts and the statuses in the reader's language; the words around them come from the bundles.
 */
public final class EventDocuments {

    /** An event as printed: its title, when and where it takes place, who organises it (where, organiser nullable). */
    public record Sheet(String title, String when, String where, String organiser) {
        public Sheet {
            Objects.requireNonNull(title, "an event has a title");
            Objects.requireNonNull(when, "an event has a date");
        }
    }

    /** A registered person: the status is already translated, the organisation may be null. */
    public record Attendee(String name, String organisation, String ticketCode, String status, boolean present) {
        public Attendee {
            Objects.requireNonNull(name, "an attendee has a name");
        }
    }

    private EventDocuments() {
    }

    /** One A4 page to print or show on a phone: the event, the participant, the QR code and the code itself. */
    public static byte[] ticket(Sheet event, String participantName, String ticketCode, Language language) {
        return TicketLayout.write(event, Objects.requireNonNull(participantName),
                Objects.requireNonNull(ticketCode), language);
    }

    /** Name badges, eight an A4 page (two columns, four rows), in the alphabetical order of the language. */
    public static byte[] badges(Sheet event, List<Attendee> attendees, Language language) {
        return BadgeLayout.write(event, List.copyOf(attendees), language);
    }

    /** The list to tick and sign at the entrance, alphabetical, with its header on each page and a count. */
    public static byte[] attendeeList(Sheet event, List<Attendee> attendees, Language language) {
        return AttendeeListLayout.write(event, List.copyOf(attendees), language);
    }

    /**
     * A certificate of attendance in the participant's language, issued on that day by the organiser or the
     * network (the issuer's name); the organisation may be null.
     */
    public static byte[] certificate(Sheet event, String participantName, String organisationName, Language language,
                                     LocalDate issuedOn, String issuer) {
        return CertificateLayout.write(event, Objects.requireNonNull(participantName), organisationName, language,
                Objects.requireNonNull(issuedOn), Objects.requireNonNull(issuer));
    }
}
