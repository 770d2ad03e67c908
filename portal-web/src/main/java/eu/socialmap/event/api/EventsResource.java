package eu.socialmap.event.api;

import eu.socialmap.event.boundary.EventDesk;
import eu.socialmap.event.boundary.EventRegistrations;
import eu.socialmap.event.boundary.Events;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Events and registrations. The agenda and public events are open to everyone; registering is open to anyone for a
 * public event (people without an account confirm their address by the link mailed to them); a registration is then
 * reached by its personal token; the desk (check-in, counts) is for the event's organisers. The same services as the
 * pages: the capacity holds whatever the number of requests, and every refusal is a translated problem document.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "Events of the network, registrations, waiting list and check-in")
public class EventsResource {

    public record EventJson(long id, String kind, Translations title, Translations description, Instant startsAt,
                            Instant endsAt, String address, String onlineUrl, String audience, List<String> languages,
                            boolean interpretation, int capacity, int seatsTaken, String registration) {
    }

    public record EventPage(List<EventJson> events, long total, int page, int pages) {
    }

    /** What someone without an account sends to register (ignored for a signed-in person, except the choices). */
    public record RegistrationRequest(String name, String email, String language, String organisation, String role,
                                      String participantType, String country, String diet, String accessibility,
                                      boolean interpretation, List<Long> sessions, Map<Long, String> answers) {
    }

    /**
     * A registration. {@code token} (only in the answer to the registration itself, and in the person's mails) is
     * the key of her personal link; {@code position} her rank on the waiting list (0 with a seat).
     */
    public record RegistrationJson(long id, long eventId, String name, String status, Integer waitlistNumber,
                                   int position, Instant expiresAt, boolean emailConfirmed, String token) {
    }

    public record CheckInRequest(String code, Instant scannedAt) {
    }

    public record CheckInJson(long registrationId, String name, String organisation, boolean first, Instant at) {
    }

    public record CountsJson(int capacity, long confirmed, long waiting, long offered, long cancelled, long present,
                             long absent) {
    }

    @Inject
    Events events;

    @Inject
    EventRegistrations registrations;

    @Inject
    EventDesk desk;

    @GET
    @Path("events")
    @Operation(summary = "The agenda: published public and members' events ahead, filtered by `kind`, `theme`, `month` (YYYY-MM) and `language`")
    @APIResponse(responseCode = "200", description = "A page of events")
    public EventPage agenda(@QueryParam("kind") String kind, @QueryParam("theme") Long theme,
                            @QueryParam("month") String month, @QueryParam("language") String language,
                            @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("per_page") @DefaultValue("20") int perPage) {
        Events.Agenda agenda = events.agenda(new Events.AgendaFilter(kind == null ? null : InputCheck.named(EventKind.class, kind),
                theme, month(month), language), page, perPage);
        return new EventPage(agenda.events().stream().map(EventsResource::json).toList(), agenda.total(), agenda.page(),
                agenda.pages());
    }

    @GET
    @Path("events/{id}")
    @Operation(summary = "One event (a draft only for its organisers; an invitation-only one with its `invitation` code)")
    @APIResponse(responseCode = "200", description = "The event")
    @APIResponse(responseCode = "404", description = "No such event for this caller")
    public EventJson get(@PathParam("id") long id, @QueryParam("invitation") String invitation) {
        return json(events.card(id, invitation));
    }

    @POST
    @Path("events/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register: a seat if one is free, else a numbered place on the waiting list")
    @APIResponse(responseCode = "201", description = "Registered (see `status`: CONFIRMED or WAITLISTED)")
    @APIResponse(responseCode = "403", description = "Members-only event and the caller is not of a member organisation")
    @APIResponse(responseCode = "409", description = "Already registered, registration closed or not yet open, event cancelled")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors` (a full workshop among them)")
    public Response register(@PathParam("id") long id, @QueryParam("invitation") String invitation, RegistrationRequest body) {
        RegistrationRequest r = body == null ? new RegistrationRequest(null, null, null, null, null, null, null, null, null,
                false, null, null) : body;
        ParticipantType type = r.participantType() == null ? null : InputCheck.named(ParticipantType.class, r.participantType());
        EventRegistrations.Made made = registrations.register(id, new RegistrationForm(r.name(), r.email(), r.language(),
                r.organisation(), r.role(), type, r.country(), r.diet(), r.accessibility(), r.interpretation(),
                r.sessions(), r.answers()), invitation);
        return Response.status(Response.Status.CREATED).entity(json(made.registration(), made.position(), made.token())).build();
    }

    @GET
    @Path("registrations/{token}")
    @Operation(summary = "A registration by the token of the person's link")
    @APIResponse(responseCode = "200", description = "The registration")
    @APIResponse(responseCode = "404", description = "Unknown or replaced link")
    public RegistrationJson registration(@PathParam("token") String token) {
        EventRegistrations.Personal personal = registrations.byToken(token);
        return json(personal.registration(), personal.position(), null);
    }

    @DELETE
    @Path("registrations/{token}")
    @Operation(summary = "Cancel a registration by its link; a freed seat is offered to the next person waiting")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "Unknown or replaced link")
    @APIResponse(responseCode = "409", description = "Already cancelled, or the event is over")
    public RegistrationJson cancel(@PathParam("token") String token) {
        EventRegistrations.Personal personal = registrations.cancel(token);
        return json(personal.registration(), 0, null);
    }

    @POST
    @Path("registrations/{token}/acceptance")
    @Operation(summary = "Take the seat offered from the waiting list, before its deadline")
    @APIResponse(responseCode = "200", description = "The seat is hers")
    @APIResponse(responseCode = "409", description = "No seat offered, or its deadline has passed")
    public RegistrationJson accept(@PathParam("token") String token) {
        EventRegistrations.Personal personal = registrations.acceptOffer(token);
        return json(personal.registration(), 0, null);
    }

    @POST
    @Path("events/{id}/checkins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in a ticket's code (organisers); sent twice, it is recorded once, at the first time")
    @APIResponse(responseCode = "200", description = "Checked in (`first` false: already present since `at`)")
    @APIResponse(responseCode = "403", description = "Not an organiser of this event")
    @APIResponse(responseCode = "404", description = "A code that matches no ticket")
    @APIResponse(responseCode = "409", description = "A ticket of another event, or without a seat")
    public CheckInJson checkIn(@PathParam("id") long id, CheckInRequest body) {
        if (body == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "event.ticket.unknown");
        }
        EventDesk.CheckIn done = desk.checkIn(id, body.code(), body.scannedAt());
        return new CheckInJson(done.registration().getId(), done.registration().getName(),
                done.registration().getOrganisationName(), done.first(), done.at());
    }

    @GET
    @Path("events/{id}/counts")
    @Operation(summary = "Live counts of the desk: seats, confirmed, waiting, present, absent (organisers)")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "403", description = "Not an organiser of this event")
    public CountsJson counts(@PathParam("id") long id) {
        EventDesk.Counts c = desk.counts(id);
        return new CountsJson(c.capacity(), c.confirmed(), c.waiting(), c.offered(), c.cancelled(), c.present(), c.absent());
    }

    private static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "event.agenda.month");
        }
    }

    private static EventJson json(Events.EventCard card) {
        Event e = card.event();
        return new EventJson(e.getId(), e.getKind().name(), Translations.of(e.getTitle()), e.getDescription() == null ? null : Translations.of(e.getDescription()),
                e.getStartsAt(), e.getEndsAt(), e.getAddress(), e.getOnlineUrl(), e.getAudience().name(), e.getLanguages(),
                e.isInterpretation(), card.capacity(), card.taken(), e.windowAt(Instant.now()).name());
    }

    private static RegistrationJson json(Registration r, int position, String token) {
        return new RegistrationJson(r.getId(), r.getEventId(), r.getName(), r.getStatus().name(), r.getWaitlistNumber(),
                position, r.getExpiresAt(), r.isEmailConfirmed(), token);
    }
}
