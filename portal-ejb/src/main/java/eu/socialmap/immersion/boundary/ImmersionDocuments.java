package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.boundary.ImmersionBookings.BookingView;
import eu.socialmap.immersion.boundary.ImmersionBookings.Party;
import eu.socialmap.immersion.control.AgreementDocument;
import eu.socialmap.immersion.control.ImmersionCalendar;
import eu.socialmap.immersion.entity.AgreementClauses;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.membership.boundary.Callers;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.ICalendarWriter;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A booking's documents: the agreement (PDF, in the languages of both organisations) for the parties and the
 * coordinator once the host has accepted — a draft until both organisations have signed —, and the immersion as an
 * {@code .ics} file for the parties once it is agreed. Who may read them is decided by
 * {@link ImmersionBookings#view(long)}: anyone else gets "not found", whatever the id.
 */
@Stateless
@PermitAll
public class ImmersionDocuments {

    @Inject
    ImmersionBookings bookings;

    @Inject
    Callers callers;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    public byte[] agreement(long bookingId) {
        BookingView view = bookings.view(bookingId);
        ImmersionBooking booking = view.context().booking();
        if (booking.getStatus() != ImmersionBooking.Status.ACCEPTED && booking.getStatus() != ImmersionBooking.Status.AGREED
                || view.clauses() == null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.agreement.notYet");
        }
        return AgreementDocument.write(terms(view.context(), view.clauses()));
    }

    /**
     * The immersion for the reader's calendar, in her language. Once cancelled after both signatures it is still
     * given, with STATUS:CANCELLED, so that opening it removes the immersion from a calendar that holds it.
     */
    public String calendar(long bookingId) {
        BookingView view = bookings.view(bookingId);
        if (!view.is(Party.VISITOR) && !view.is(Party.SENDER_ADMIN) && !view.is(Party.HOST)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "immersion.booking.notYours");
        }
        ImmersionBooking booking = view.context().booking();
        boolean agreed = booking.getStatus() == ImmersionBooking.Status.AGREED
                || booking.getStatus() == ImmersionBooking.Status.CANCELLED && booking.isSignedBySender()
                && booking.isSignedByHost();
        if (!agreed) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "immersion.agreement.calendarNotYet");
        }
        BookingContext context = view.context();
        Instant now = clock.instant();
        CalendarEntry entry = ImmersionCalendar.entry(booking, context.offer(), context.host(), context.sender(),
                context.place(), callers.current().getLanguage(),
                publicUrl.of("/immersions/booking?id=" + booking.getId()), now);
        return ICalendarWriter.publish(entry.summary(), List.of(entry), ImmersionNotices.organizer(), now);
    }

    static AgreementDocument.Terms terms(BookingContext context, AgreementClauses clauses) {
        ImmersionBooking booking = context.booking();
        return new AgreementDocument.Terms(booking.getId(), clauses.getVersion(),
                booking.getStatus() == ImmersionBooking.Status.AGREED,
                side(context.host(), booking.getHostSignerName(), booking.getHostSignedAt()),
                side(context.sender(), booking.getSenderSignerName(), booking.getSenderSignedAt()),
                booking.getVisitorName(), context.offer().getTeam(), ImmersionCalendar.address(context.place()),
                booking.getFirstDay(), booking.getLastDay(), booking.getWorkingDays(), context.offer().getDayStarts(),
                context.offer().getDayEnds(), context.offer().getActivities(), context.offer().getConditions(),
                clauses.getInsurance(), clauses.getConfidentiality());
    }

    private static AgreementDocument.Side side(Organisation organisation, String signer, Instant signedAt) {
        String name = organisation.getLegalName() == null || organisation.getLegalName().isBlank()
                ? organisation.getShortName() : organisation.getLegalName();
        return new AgreementDocument.Side(name, organisation.getStreet(), organisation.getPostcode(),
                organisation.getCommune(), organisation.getCountry(), organisation.getEnterpriseNumber(),
                organisation.getCorrespondenceLanguage(), signer, signedAt);
    }
}
