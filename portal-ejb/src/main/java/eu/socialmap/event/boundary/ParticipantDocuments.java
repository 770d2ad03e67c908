package eu.socialmap.event.boundary;

import eu.socialmap.event.control.EventDocuments;
import eu.socialmap.event.control.TicketQr;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;

/**
 * A participant's own documents: her ticket (PDF, or its QR code alone as PNG) once she has a seat, and her
 * certificate of attendance once she has been checked in, in her language. She reaches them by her personal link,
 * or, signed in, by her registration.
 */
@Stateless
@PermitAll
public class ParticipantDocuments {

    static final int QR_PIXELS = 480;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    EventRegistrations registrations;

    @Inject
    Events events;

    @Inject
    Callers callers;

    Clock clock = Clock.systemUTC();

    /** Which registration: by the personal link, or the signed-in person's own. */
    public record Holder(String token, Long registrationId) {
    }

    public byte[] ticketPdf(Holder holder) {
        Registration r = ticketHolder(holder);
        Event event = events.find(r.getEventId());
        return EventDocuments.ticket(PrintedEvent.sheet(em, event, r.getLanguage()), r.getName(), r.getTicketCode(), r.getLanguage());
    }

    public byte[] ticketPng(Holder holder) {
        return TicketQr.png(ticketHolder(holder).getTicketCode(), QR_PIXELS);
    }

    /** Only for someone the staff checked in: a certificate says she was there. */
    public byte[] certificate(Holder holder) {
        Registration r = resolve(holder);
        if (r.getCheckedInAt() == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.certificate.notPresent");
        }
        Event event = events.find(r.getEventId());
        LocalDate issued = LocalDate.now(clock.withZone(eu.socialmap.platform.control.Messages.NETWORK_ZONE));
        return EventDocuments.certificate(PrintedEvent.sheet(em, event, r.getLanguage()), r.getName(), r.getOrganisationName(),
                r.getLanguage(), issued, PrintedEvent.organiser(em, event, r.getLanguage()));
    }

    /** A ticket exists for a seat that is hers: confirmed, and her address confirmed if she has no account. */
    private Registration ticketHolder(Holder holder) {
        Registration r = resolve(holder);
        if (r.getStatus() != Registration.Status.CONFIRMED || (r.getAccountId() == null && !r.isEmailConfirmed())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.ticket.none");
        }
        return r;
    }

    private Registration resolve(Holder holder) {
        if (holder.token() != null) {
            return registrations.byToken(holder.token()).registration();
        }
        Account caller = callers.current();
        Registration r = holder.registrationId() == null ? null : em.find(Registration.class, holder.registrationId());
        if (r == null || !caller.getId().equals(r.getAccountId())) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.registration.unknown");
        }
        return r;
    }
}
