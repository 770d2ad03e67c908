package eu.socialmap.immersion.boundary;

import eu.socialmap.immersion.control.ImmersionCalendar;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.ICalendarWriter;
import eu.socialmap.platform.control.SmtpSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mails of a booking, each in its reader's language, written in the caller's transaction (they leave only if the
 * step commits). Each names the offer, both organisations, the dates and links to the booking's page, where the
 * reader acts. Once both sides have signed, the mail carries the calendar invitation; a cancellation after that
 * carries its cancellation.
 */
@Stateless
@PermitAll
public class ImmersionNotices {

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** Who is told: the visitor, her organisation's administrators, the host's administrators and contact. */
    public enum Audience { VISITOR, SENDER, HOST }

    public String pageOf(long bookingId) {
        return publicUrl.of("/immersions/booking?id=" + bookingId);
    }

    /**
     * Sends the mail {@code key} to each person of these audiences once (someone in two of them gets one mail), except
     * {@code except} — the person who made the step. Arguments: {0} the reader's name, {1} the team visited,
     * {2} the host, {3} the visitor, {4} her organisation, {5} first day, {6} last day, {7} the booking's page,
     * {8} a reason or a note (empty when there is none).
     */
    public void tell(BookingContext context, String key, Account except, Audience... audiences) {
        send(context, key, except, null, audiences);
    }

    /** The same, with the immersion as a calendar invitation (REQUEST) or its cancellation (CANCEL). */
    public void tellWithCalendar(BookingContext context, String key, Account except, boolean cancel,
                                 Audience... audiences) {
        send(context, key, except, cancel ? "CANCEL" : "REQUEST", audiences);
    }

    private void send(BookingContext context, String key, Account except, String method, Audience... audiences) {
        Instant now = clock.instant();
        for (Account reader : readers(context, audiences)) {
            if (except != null && reader.getId().equals(except.getId())) {
                continue;
            }
            var language = reader.getLanguage();
            var booking = context.booking();
            List<Object> arguments = List.of(reader.getDisplayName(), context.offer().getTeam().in(language),
                    context.host().getShortName(), booking.getVisitorName(), context.sender().getShortName(),
                    booking.getFirstDay(), booking.getLastDay(), pageOf(booking.getId()), booking.getReason());
            Mailer.Attachment calendar = null;
            if (method != null) {
                var entry = ImmersionCalendar.entry(booking, context.offer(), context.host(), context.sender(),
                        context.place(), language, pageOf(booking.getId()), now);
                String ics = "CANCEL".equals(method)
                        ? ICalendarWriter.cancel(entry.cancelled(now), organizer(), reader.getEmail(), now)
                        : ICalendarWriter.request(entry, organizer(), reader.getEmail(), now);
                calendar = new Mailer.Attachment("immersion.ics",
                        "text/calendar; method=" + method + "; charset=UTF-8", ics);
            }
            mailer.send(reader.getEmail(), language, key + ".subject", key + ".body", arguments, calendar);
        }
    }

    /** The people of these audiences, each once, enabled accounts only. */
    List<Account> readers(BookingContext context, Audience... audiences) {
        Map<Long, Account> readers = new LinkedHashMap<>();
        for (Audience audience : audiences) {
            List<Account> people = new ArrayList<>();
            switch (audience) {
                case VISITOR -> {
                    if (context.booking().getVisitorId() != null) {
                        people.add(em.find(Account.class, context.booking().getVisitorId()));
                    }
                }
                case SENDER -> people.addAll(administrators(context.booking().getVisitorOrganisationId()));
                case HOST -> {
                    people.addAll(administrators(context.booking().getHostId()));
                    if (context.offer().getContactId() != null) {
                        people.add(em.find(Account.class, context.offer().getContactId()));
                    }
                }
            }
            people.stream().filter(p -> p != null && p.isEnabled()).forEach(p -> readers.putIfAbsent(p.getId(), p));
        }
        return List.copyOf(readers.values());
    }

    private List<Account> administrators(long organisation) {
        return em.createNamedQuery(Account.ADMINS_OF, Account.class)
                .setParameter("organisations", List.of(organisation)).setMaxResults(20).getResultList();
    }

    /** The address calendar invitations come from (RFC 5546 wants an organiser). */
    static String organizer() {
        return SmtpSettings.from(System.getenv()).map(SmtpSettings::from).orElse("socialmap@localhost");
    }
}
