package eu.socialmap.immersion.api;

import eu.socialmap.immersion.api.ImmersionApi.OrganisationRef;
import eu.socialmap.immersion.api.ImmersionApi.Paging;
import eu.socialmap.immersion.api.ImmersionApi.ImmersionPlace;
import eu.socialmap.immersion.boundary.BookingContext;
import eu.socialmap.immersion.boundary.ImmersionBookings;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.platform.api.ApiLanguage;
import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Immersion bookings, for signed-in people only. A booking exists for its parties — the visitor, her organisation's
 * administrators, the host's administrators and the offer's contact — and the coordinators; it is "not found" to
 * anyone else, whatever the id. Each step is a sub-resource ({@code POST /{id}/approval}…) taken by the same
 * {@link ImmersionBookings} service as the pages, which decides who may take it; the answer is the booking as it
 * now stands. Every change is a JSON request ({@code Content-Type: application/json}, even when the body is empty).
 */
@Path("v1/immersion-bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "immersion bookings", description = "Professional immersions: a booking from the request to the "
        + "agreement signed by both organisations, the report and the host's feedback")
public class ImmersionBookingsResource {

    /** One line of a list. */
    public record BookingLine(long id, String status, long offerId, OrganisationRef host, String visitorName,
                              OrganisationRef visitorOrganisation, LocalDate firstDay, LocalDate lastDay,
                              int workingDays, String direction) {
    }

    public record BookingPage(List<BookingLine> bookings, long total, int page, int perPage, int pages) {
    }

    /** The visitor: her name (empty once her account is deleted) and organisation. */
    public record ImmersionVisitor(Long id, String name, OrganisationRef organisation) {
    }

    /** Other dates the host proposed (while PROPOSED). */
    public record DatesProposal(LocalDate firstDay, LocalDate lastDay, String note) {
    }

    /** Who signed the agreement for an organisation, and when. */
    public record AgreementSignature(String name, Instant at) {
    }

    public record AgreementSignatures(AgreementSignature sender, AgreementSignature host) {
    }

    public record ImmersionReportJson(String learnt, String practice, Boolean recommends, Instant at) {
    }

    public record HostFeedbackJson(String feedback, Instant at) {
    }

    /**
     * A booking as its parties see it. {@code parties} says how the caller stands to it (VISITOR, SENDER_ADMIN, HOST,
     * HOST_ADMIN, COORDINATOR); {@code reason} is the refusal's, decline's or cancellation's; {@code team} is in the
     * reader's language.
     */
    public record BookingJson(long id, long version, String status, LocalDate firstDay, LocalDate lastDay,
                              int workingDays, String direction, boolean crossesTheBorder, long offerId, String team,
                              Translations teamTranslations, ImmersionVisitor visitor, OrganisationRef host,
                              ImmersionPlace place, String motivation, DatesProposal proposal, String reason,
                              Integer clausesVersion, AgreementSignatures signatures, ImmersionReportJson report,
                              HostFeedbackJson feedback, List<String> parties, Instant createdAt, Instant updatedAt) {
    }

    /** A professional asks for these days (YYYY-MM-DD) of an offer, with why. */
    public record ImmersionRequest(Long offerId, String firstDay, String lastDay, String motivation) {
    }

    public record StepReason(String reason) {
    }

    public record DatesProposalBody(String firstDay, String lastDay, String note) {
    }

    public record ImmersionReportBody(String learnt, String practice, Boolean recommends) {
    }

    public record HostFeedbackBody(String feedback) {
    }

    @Inject
    ImmersionBookings bookings;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listImmersionBookings",
            summary = "The caller's bookings, newest first, paged: her own requests (`scope=mine`), or her "
            + "organisation's as employer or host (`scope=organisation`: its administrators and the contacts of its offers)")
    @APIResponse(responseCode = "200", description = "A page of bookings")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public BookingPage list(@Parameter(description = "mine (default) or organisation") @QueryParam("scope") @DefaultValue("mine") String scope,
                            @QueryParam("page") @DefaultValue("1") int page,
                            @QueryParam("per_page") @DefaultValue("20") int perPage) {
        ImmersionApi.requireSignedIn(security);
        // the services give the newest 200 at most: a person's or an organisation's bookings over years
        List<ImmersionBooking> all = "organisation".equals(scope.strip().toLowerCase(Locale.ROOT))
                ? bookings.ofMyOrganisation(0, 200) : bookings.mine();
        Paging paging = Paging.of(all.size(), page, perPage);
        List<ImmersionBooking> shown = all.subList(paging.from(), paging.to());
        ImmersionBookings.Names names = bookings.namesOf(shown);
        return new BookingPage(shown.stream().map(b -> line(b, names)).toList(), all.size(), paging.page(), paging.perPage(),
                paging.pages());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestImmersion",
            summary = "Ask for an immersion (a professional of a member organisation): two to five working days in "
            + "one of the offer's periods; a place is held until an answer says no, and her employer is asked")
    @APIResponse(responseCode = "201", description = "Requested: the booking, its address in `Location`")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a professional of a member organisation")
    @APIResponse(responseCode = "404", description = "No such published offer")
    @APIResponse(responseCode = "409", description = "Already a request in progress for this offer, or no place left in the period")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors` (`firstDay`, `lastDay`, `motivation`)")
    public Response request(ImmersionRequest body) {
        guard();
        ImmersionRequest request = body == null ? new ImmersionRequest(null, null, null, null) : body;
        InputCheck input = new InputCheck();
        ImmersionApi.require(input, "offerId", request.offerId());
        LocalDate first = ImmersionApi.date(input, "firstDay", request.firstDay());
        LocalDate last = ImmersionApi.date(input, "lastDay", request.lastDay());
        input.throwIfAny();
        ImmersionBooking booking = bookings.request(request.offerId(), first, last, request.motivation());
        return Response.created(uri.getBaseUriBuilder().path(ImmersionBookingsResource.class)
                .path(String.valueOf(booking.getId())).build()).entity(current(booking.getId())).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImmersionBooking",
            summary = "One booking: status, dates, direction, parties, signatures, report and feedback")
    @APIResponse(responseCode = "200", description = "The booking")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "404", description = "No such booking, or the caller is none of its parties")
    public BookingJson get(@PathParam("id") long id,
                           @Parameter(description = "fr, nl or en (else the Accept-Language header; French by default)")
                           @QueryParam("lang") String lang) {
        ImmersionApi.requireSignedIn(security);
        return json(bookings.view(id), ApiLanguage.of(lang, headers));
    }

    @POST
    @Path("{id}/approval")
    @Operation(operationId = "approveImmersionBooking",
            summary = "Her employer agrees (an administrator of the visitor's organisation): the host is asked. Empty JSON body")
    @APIResponse(responseCode = "200", description = "APPROVED")
    @APIResponse(responseCode = "403", description = "Not an administrator of the visitor's organisation")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not waiting for the employer any more")
    public BookingJson approve(@PathParam("id") long id) {
        return step(id, bookings::approve);
    }

    @POST
    @Path("{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refuseImmersionBooking",
            summary = "Her employer says no, with a `reason`: the place is given back")
    @APIResponse(responseCode = "200", description = "REFUSED")
    @APIResponse(responseCode = "403", description = "Not an administrator of the visitor's organisation")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not waiting for the employer any more")
    @APIResponse(responseCode = "422", description = "No reason given")
    public BookingJson refuse(@PathParam("id") long id, StepReason body) {
        return step(id, booking -> bookings.refuse(booking, reason(body)));
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(operationId = "acceptImmersionBooking",
            summary = "The host accepts (its administrators or the offer's contact): the agreement awaits both signatures. Empty JSON body")
    @APIResponse(responseCode = "200", description = "ACCEPTED")
    @APIResponse(responseCode = "403", description = "Not the host")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not waiting for the host")
    public BookingJson accept(@PathParam("id") long id) {
        return step(id, bookings::accept);
    }

    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declineImmersionBooking",
            summary = "The host says no, with a `reason`: the place is given back")
    @APIResponse(responseCode = "200", description = "DECLINED")
    @APIResponse(responseCode = "403", description = "Not the host")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not waiting for the host")
    @APIResponse(responseCode = "422", description = "No reason given")
    public BookingJson decline(@PathParam("id") long id, StepReason body) {
        return step(id, booking -> bookings.decline(booking, reason(body)));
    }

    @POST
    @Path("{id}/proposal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeImmersionDates",
            summary = "The host proposes other dates (`firstDay`, `lastDay`, in any period of the offer) with a `note`")
    @APIResponse(responseCode = "200", description = "PROPOSED")
    @APIResponse(responseCode = "403", description = "Not the host")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not waiting for the host")
    @APIResponse(responseCode = "422", description = "Invalid dates, listed in `errors`")
    public BookingJson propose(@PathParam("id") long id, DatesProposalBody body) {
        guard();
        DatesProposalBody proposal = body == null ? new DatesProposalBody(null, null, null) : body;
        InputCheck input = new InputCheck();
        LocalDate first = ImmersionApi.date(input, "firstDay", proposal.firstDay());
        LocalDate last = ImmersionApi.date(input, "lastDay", proposal.lastDay());
        input.throwIfAny();
        bookings.propose(id, first, last, proposal.note());
        return current(id);
    }

    @POST
    @Path("{id}/proposal-acceptance")
    @Operation(operationId = "takeProposedImmersionDates",
            summary = "The visitor takes the host's dates: the agreement awaits both signatures. Empty JSON body")
    @APIResponse(responseCode = "200", description = "ACCEPTED")
    @APIResponse(responseCode = "403", description = "Not the visitor")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "No proposal waiting, or no place left in its period")
    public BookingJson takeProposal(@PathParam("id") long id) {
        return step(id, bookings::takeProposal);
    }

    @POST
    @Path("{id}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelImmersionBooking",
            summary = "Call the immersion off before its first day (the visitor, her employer or the host), with a `reason`")
    @APIResponse(responseCode = "200", description = "CANCELLED")
    @APIResponse(responseCode = "403", description = "The coordinator reads, and does not act")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Already closed, or already started")
    @APIResponse(responseCode = "422", description = "No reason given")
    public BookingJson cancel(@PathParam("id") long id, StepReason body) {
        return step(id, booking -> bookings.cancel(booking, reason(body)));
    }

    @POST
    @Path("{id}/signature")
    @Operation(operationId = "signImmersionAgreement",
            summary = "Sign the agreement for one's organisation (an administrator of the visitor's or of the host's); "
            + "the second signature concludes it (AGREED) and sends everyone the calendar invitation. Empty JSON body")
    @APIResponse(responseCode = "200", description = "Signed (ACCEPTED until both have signed, then AGREED)")
    @APIResponse(responseCode = "403", description = "Not an administrator of either organisation")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not accepted by the host yet")
    public BookingJson sign(@PathParam("id") long id) {
        return step(id, bookings::sign);
    }

    @POST
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportImmersion",
            summary = "The visitor's report from her last day on: what she `learnt`, what changes in her `practice`, "
            + "whether she `recommends` the host; written again, it replaces the first")
    @APIResponse(responseCode = "200", description = "The booking with its report")
    @APIResponse(responseCode = "403", description = "Not the visitor")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not agreed, or before its last day")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors`")
    public BookingJson report(@PathParam("id") long id, ImmersionReportBody body) {
        guard();
        ImmersionReportBody report = body == null ? new ImmersionReportBody(null, null, null) : body;
        bookings.report(id, report.learnt(), report.practice(), report.recommends());
        return current(id);
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "giveImmersionFeedback",
            summary = "The host's `feedback` on the immersion, from the visitor's last day on")
    @APIResponse(responseCode = "200", description = "The booking with the feedback")
    @APIResponse(responseCode = "403", description = "Not the host")
    @APIResponse(responseCode = "404", description = "No such booking for this caller")
    @APIResponse(responseCode = "409", description = "Not agreed, or before its last day")
    @APIResponse(responseCode = "422", description = "No feedback given")
    public BookingJson feedback(@PathParam("id") long id, HostFeedbackBody body) {
        return step(id, booking -> bookings.feedback(booking, body == null ? null : body.feedback()));
    }

    /** Every step: a signed-in caller and a JSON request. */
    private void guard() {
        ImmersionApi.requireSignedInJson(security, headers);
    }

    /** A step without fields to check: the guard, the service's step, the booking as it now stands. */
    private BookingJson step(long id, LongConsumer action) {
        guard();
        action.accept(id);
        return current(id);
    }

    private static String reason(StepReason body) {
        return body == null ? null : body.reason();
    }

    /** The booking as it stands after a step (read again: the caller's parties and the names come with it). */
    private BookingJson current(long id) {
        return json(bookings.view(id), ApiLanguage.of(null, headers));
    }

    private static BookingLine line(ImmersionBooking b, ImmersionBookings.Names names) {
        return new BookingLine(b.getId(), b.getStatus().name(), b.getOfferId(),
                new OrganisationRef(b.getHostId(), names.organisation(b.getHostId())), b.getVisitorName(),
                new OrganisationRef(b.getVisitorOrganisationId(), names.organisation(b.getVisitorOrganisationId())),
                b.getFirstDay(), b.getLastDay(), b.getWorkingDays(), b.getDirection().name());
    }

    static BookingJson json(ImmersionBookings.BookingView view, Language language) {
        BookingContext context = view.context();
        ImmersionBooking b = context.booking();
        ImmersionBooking.Status status = b.getStatus();
        DatesProposal proposal = status == ImmersionBooking.Status.PROPOSED
                ? new DatesProposal(b.getProposedFirstDay(), b.getProposedLastDay(), b.getReason()) : null;
        String reason = status == ImmersionBooking.Status.REFUSED || status == ImmersionBooking.Status.DECLINED
                || status == ImmersionBooking.Status.CANCELLED ? b.getReason() : null;
        AgreementSignatures signatures = new AgreementSignatures(
                b.isSignedBySender() ? new AgreementSignature(b.getSenderSignerName(), b.getSenderSignedAt()) : null,
                b.isSignedByHost() ? new AgreementSignature(b.getHostSignerName(), b.getHostSignedAt()) : null);
        ImmersionReportJson report = b.isReported() ? new ImmersionReportJson(b.getReportLearnt(), b.getReportPractice(),
                b.getReportRecommends(), b.getReportedAt()) : null;
        HostFeedbackJson feedback = b.getHostFeedbackAt() == null ? null : new HostFeedbackJson(b.getHostFeedback(), b.getHostFeedbackAt());
        List<String> parties = view.parties().stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList();
        return new BookingJson(b.getId(), b.getVersion(), status.name(), b.getFirstDay(), b.getLastDay(), b.getWorkingDays(),
                b.getDirection().name(), b.getDirection().crossesTheBorder(), b.getOfferId(),
                context.offer().getTeam().in(language), Translations.of(context.offer().getTeam()),
                new ImmersionVisitor(b.getVisitorId(), b.getVisitorName(), OrganisationRef.of(context.sender())),
                OrganisationRef.of(context.host()), ImmersionPlace.of(context.place()), b.getMotivation(), proposal, reason,
                b.getClausesVersion(), signatures, report, feedback, parties, b.getCreatedAt(), b.getUpdatedAt());
    }
}
