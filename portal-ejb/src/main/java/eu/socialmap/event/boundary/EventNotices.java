package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.ICalendarWriter;
import eu.socialmap.platform.control.SmtpSettings;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The mails of registrations, each in the person's language, written in the caller's transaction (they leave only if
 * the change commits). Every mail carries the person's link ({@code /events/registration?token=}): her ticket,
 * cancelling, confirming. A seat comes with a calendar invitation; a cancelled event with its cancellation.
 */
@Stateless
@PermitAll
public class EventNotices {

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    public String personalLink(String token) {
        return publicUrl.of("/events/registration?token=" + token);
    }

    public String pageOf(Event event) {
        return publicUrl.of("/events/view?id=" + event.getId());
    }

    /** A seat is hers; someone without an account first confirms her address (the ticket comes then). */
    public void seated(Event event, Registration r, String token) {
        if (!r.isEmailConfirmed()) {
            send(event, r, "mail.event.confirmEmail", token, r.getExpiresAt());
            return;
        }
        sendWithInvitation(event, r, "mail.event.seated", token);
    }

    /** Her address is confirmed: her seat and ticket, or her place on the waiting list. */
    public void emailConfirmed(Event event, Registration r, String token, int position) {
        if (r.getStatus() == Registration.Status.CONFIRMED) {
            sendWithInvitation(event, r, "mail.event.seated", token);
        } else {
            send(event, r, "mail.event.waitlisted", token, position);
        }
    }

    public void waitlisted(Event event, Registration r, String token, int position) {
        send(event, r, r.isEmailConfirmed() ? "mail.event.waitlisted" : "mail.event.confirmEmailWaitlist", token, position);
    }

    /** A seat freed up and is hers if she confirms before the deadline. */
    public void offered(Event event, Registration r, String token) {
        send(event, r, "mail.event.offered", token, r.getExpiresAt());
    }

    public void cancelled(Event event, Registration r) {
        send(event, r, "mail.event.cancelled", null, null);
    }

    public void expired(Event event, Registration r) {
        send(event, r, "mail.event.expired", null, null);
    }

    public void eventCancelled(Event event, Registration r) {
        Instant now = clock.instant();
        String ics = ICalendarWriter.cancel(entry(event, r.getLanguage()).cancelled(now), organizer(), r.getEmail(), now);
        mail(event, r, "mail.event.eventCancelled", null, null,
                new Mailer.Attachment("event.ics", "text/calendar; method=CANCEL; charset=UTF-8", ics));
    }

    /** After the event: the short survey, and the certificate for those who came. */
    public void feedbackRequest(Event event, Registration r, String token) {
        send(event, r, r.getCheckedInAt() != null ? "mail.event.feedbackPresent" : "mail.event.feedback", token, null);
    }

    private void sendWithInvitation(Event event, Registration r, String key, String token) {
        Instant now = clock.instant();
        String ics = ICalendarWriter.request(entry(event, r.getLanguage()), organizer(), r.getEmail(), now);
        mail(event, r, key, token, null,
                new Mailer.Attachment("event.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics));
    }

    private void send(Event event, Registration r, String key, String token, Object extra) {
        mail(event, r, key, token, extra, null);
    }

    /**
     * Arguments of every event mail: {0} name, {1} event title, {2} start (a date-time), {3} where, {4} the
     * personal link (or the event's page), {5} the event's page, {6} one more value (a deadline, a position).
     */
    private void mail(Event event, Registration r, String key, String token, Object extra, Mailer.Attachment attachment) {
        Language language = r.getLanguage();
        mailer.send(r.getEmail(), language, key + ".subject", key + ".body",
                List.of(r.getName(), event.getTitle().in(language), event.getStartsAt(), where(event),
                        token == null ? pageOf(event) : personalLink(token), pageOf(event), extra == null ? "" : extra),
                attachment);
    }

    CalendarEntry entry(Event event, Language language) {
        return new CalendarEntry("event-" + event.getId() + "@socialmap", (int) Math.min(Integer.MAX_VALUE, event.getVersion()),
                event.getStatus() == Event.Status.CANCELLED ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED,
                event.getStartsAt(), event.getEndsAt(), event.getTitle().in(language), null, where(event), pageOf(event),
                clock.instant());
    }

    static String where(Event event) {
        if (event.getAddress() != null) {
            return event.getAddress();
        }
        return event.getOnlineUrl() == null ? "" : event.getOnlineUrl();
    }

    /** The address calendar invitations come from (RFC 5546 wants an organiser). */
    static String organizer() {
        return SmtpSettings.from(System.getenv()).map(SmtpSettings::from).orElse("socialmap@localhost");
    }
}
