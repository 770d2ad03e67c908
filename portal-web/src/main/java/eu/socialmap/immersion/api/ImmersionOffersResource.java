package eu.socialmap.immersion.api;

import eu.socialmap.directory.boundary.ServiceCatalogue;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.api.ImmersionApi.OrganisationRef;
import eu.socialmap.immersion.api.ImmersionApi.OfferPeriodJson;
import eu.socialmap.immersion.api.ImmersionApi.ImmersionPlace;
import eu.socialmap.immersion.boundary.ImmersionOffers;
import eu.socialmap.immersion.boundary.OfferSearch;
import eu.socialmap.immersion.control.Crossing;
import eu.socialmap.immersion.control.OfferIndex;
import eu.socialmap.immersion.control.OfferQuery;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.platform.api.ApiLanguage;
import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Professional immersion offers. Published offers are open to everyone (their contact person only to people of the
 * network); a draft or withdrawn offer exists only for its host's administrators and the coordinators. Writing needs
 * a signed-in administrator of the host (or a coordinator): the host in the body or the offer in the path is checked
 * by the same {@link ImmersionOffers} service as the pages, never trusted. Every change is a JSON request
 * ({@code Content-Type: application/json}, even when the body is empty), which a cross-site form cannot send.
 */
@Path("v1/immersion-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "immersion offers", description = "Professional immersions: what member organisations offer to "
        + "professionals of other member organisations, searched by words and facets")
public class ImmersionOffersResource {

    /** The texts of an offer in the three languages. */
    public record OfferTexts(Translations team, Translations activities, Translations conditions) {
    }

    /** Whom a visitor deals with (only for people of the network and the offer's managers). */
    public record OfferContact(String name, String email) {
    }

    /**
     * An offer. {@code team}, {@code activities} and {@code conditions} are in the reader's {@code language} (or the
     * first translation there is); {@code translations} has all three. {@code version} goes back with an update.
     */
    public record OfferJson(long id, long version, String status, String language, String team, String activities,
                            String conditions, OfferTexts translations, OrganisationRef host, ImmersionPlace place,
                            String theme, List<String> languages, int minDays, int maxDays, LocalTime dayStarts,
                            LocalTime dayEnds, List<OfferPeriodJson> periods, OfferContact contact, boolean mayManage,
                            boolean mayRequest) {
    }

    /**
     * The way from the signed-in person's organisation to the offer: the national border ({@code direction}
     * FR_TO_BE, BE_TO_FR or SAME_COUNTRY), the regions at both ends and whether the language border lies between.
     */
    public record OfferCrossing(String direction, boolean crossesTheBorder, boolean crossesTheLanguageBorder,
                                String from, String to) {
    }

    /**
     * An offer found. {@code team} is in the reader's language, {@code translations.team} in all three; the periods
     * are those not over yet. {@code distanceKm} and {@code crossing} are measured from the signed-in person's
     * organisation (absent for a visitor).
     */
    public record OfferHitJson(long id, String team, OfferTexts translations, OrganisationRef host, ImmersionPlace place,
                               String theme, List<String> languages, int minDays, int maxDays,
                               List<OfferPeriodJson> periods, Double distanceKm, OfferCrossing crossing) {
    }

    /** A value of a facet and how many offers have it (counted as if this facet's own filter were not set). */
    public record FacetValue(String value, int count) {
    }

    /** A page of offers found; {@code facets} by dimension: theme, country, language, duration, month. */
    public record OfferResultsPage(List<OfferHitJson> offers, long total, int page, int perPage, int pages,
                                   String language, Map<String, List<FacetValue>> facets) {
    }

    /** A period as written: {@code id} of an existing period to keep it (its bookings stay), none for a new one. */
    public record OfferPeriodWrite(Long id, String firstDay, String lastDay, Integer places) {
    }

    /**
     * What a host writes. {@code hostId} on creation only; {@code version} (as read) on update. {@code locationId}
     * is one of the host's places on the social map, {@code contactId} one of its people (none: its administrators),
     * {@code theme} a theme's code; days as YYYY-MM-DD, hours as HH:MM.
     */
    public record OfferWrite(Long hostId, Long version, Long locationId, Long contactId, Translations team,
                             Translations activities, Translations conditions, String theme, List<String> languages,
                             Integer minDays, Integer maxDays, String dayStarts, String dayEnds,
                             List<OfferPeriodWrite> periods) {
    }

    @Inject
    ImmersionOffers offers;

    @Inject
    OfferSearch search;

    @Inject
    ServiceCatalogue catalogue;

    @Context
    HttpHeaders headers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "searchImmersionOffers",
            summary = "Search the published offers: words in any language (misspellings forgiven) and facets — "
            + "several values of one facet mean any of them, different facets all apply; by relevance, or by distance "
            + "from the signed-in person's organisation")
    @APIResponse(responseCode = "200", description = "A page of offers, with the facets' counts")
    public OfferResultsPage search(@Parameter(description = "words") @QueryParam("q") String q,
                                   @Parameter(description = "a theme's code (repeatable)") @QueryParam("theme") List<String> themes,
                                   @Parameter(description = "BE or FR (repeatable)") @QueryParam("country") List<String> countries,
                                   @Parameter(description = "fr, nl or en: spoken on site (repeatable)") @QueryParam("language") List<String> languages,
                                   @Parameter(description = "a number of days, 2 to 5 (repeatable)") @QueryParam("duration") List<String> durations,
                                   @Parameter(description = "YYYY-MM: a period open in that month (repeatable)") @QueryParam("month") List<String> months,
                                   @Parameter(description = "relevance (default) or distance") @QueryParam("sort") String sort,
                                   @QueryParam("page") @DefaultValue("1") int page,
                                   @QueryParam("per_page") @DefaultValue("20") int perPage,
                                   @Parameter(description = "fr, nl or en (else the Accept-Language header; French by default)")
                                   @QueryParam("lang") String lang) {
        int size = Math.max(1, Math.min(ImmersionApi.MAX_PER_PAGE, perPage));
        OfferQuery.Sort order = "distance".equalsIgnoreCase(sort == null ? "" : sort.strip())
                ? OfferQuery.Sort.DISTANCE : OfferQuery.Sort.RELEVANCE;
        OfferQuery query = new OfferQuery(q, themes, countries, languages, durations, months, order, Math.max(1, page), size);
        OfferSearch.OfferResults results = search.search(query);
        int pages = (int) Math.max(1, (results.total() + size - 1) / size);
        if (query.page() > pages && results.total() > 0) {
            query = query.onPage(pages, size);
            results = search.search(query);
        }
        Language language = ApiLanguage.of(lang, headers);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        for (String dimension : OfferIndex.FACETS) {
            facets.put(dimension, results.facets().getOrDefault(dimension, List.of()).stream()
                    .map(count -> new FacetValue(count.value(), count.count())).toList());
        }
        return new OfferResultsPage(results.hits().stream().map(hit -> json(hit, language)).toList(), results.total(),
                Math.min(query.page(), pages), size, pages, language.code(), facets);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImmersionOffer",
            summary = "One offer with its host, place, periods and free places (a draft or withdrawn one only for its managers)")
    @APIResponse(responseCode = "200", description = "The offer")
    @APIResponse(responseCode = "404", description = "No such offer for this caller")
    public OfferJson get(@PathParam("id") long id,
                         @Parameter(description = "fr, nl or en (else the Accept-Language header; French by default)")
                         @QueryParam("lang") String lang) {
        return json(offers.view(id), ApiLanguage.of(lang, headers));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createImmersionOffer",
            summary = "Write a new offer for a member organisation (its administrators, the coordinators); a draft until published")
    @APIResponse(responseCode = "201", description = "Created: the offer, its address in `Location`")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator of this organisation")
    @APIResponse(responseCode = "409", description = "The organisation is not a member of the network")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors` (`teamFr`, `periods[0].lastDay`…; `location` and `contact` for `locationId` and `contactId`)")
    public Response create(OfferWrite body) {
        ImmersionApi.requireSignedInJson(security, headers);
        OfferWrite write = body == null ? empty() : body;
        OfferDetails details = details(write, "hostId", write.hostId());
        ImmersionOffer created = offers.create(write.hostId(), details);
        return Response.created(uri.getBaseUriBuilder().path(ImmersionOffersResource.class).path(String.valueOf(created.getId()))
                .build()).entity(current(created.getId())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateImmersionOffer",
            summary = "Rewrite an offer (its managers), with the `version` it was read at; a period with bookings is kept")
    @APIResponse(responseCode = "200", description = "The saved offer")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator of its host")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors`")
    public OfferJson update(@PathParam("id") long id, OfferWrite body) {
        ImmersionApi.requireSignedInJson(security, headers);
        OfferWrite write = body == null ? empty() : body;
        OfferDetails details = details(write, "version", write.version());
        offers.update(id, write.version(), details);
        return current(id);
    }

    @POST
    @Path("{id}/publication")
    @Operation(operationId = "publishImmersionOffer",
            summary = "Publish an offer: searchable, open to requests (its managers; a JSON request, empty body)")
    @APIResponse(responseCode = "200", description = "The published offer")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator of its host")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "415", description = "Not sent as application/json")
    public OfferJson publish(@PathParam("id") long id) {
        ImmersionApi.requireSignedInJson(security, headers);
        offers.publish(id);
        return current(id);
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(operationId = "withdrawImmersionOffer",
            summary = "Withdraw an offer: no new requests, the bookings made go on (its managers; a JSON request, empty body)")
    @APIResponse(responseCode = "200", description = "The withdrawn offer")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an administrator of its host")
    @APIResponse(responseCode = "404", description = "No such offer")
    @APIResponse(responseCode = "415", description = "Not sent as application/json")
    public OfferJson withdraw(@PathParam("id") long id) {
        ImmersionApi.requireSignedInJson(security, headers);
        offers.withdraw(id);
        return current(id);
    }

    /** The offer as it stands after a change, in the reader's language. */
    private OfferJson current(long id) {
        return json(offers.view(id), ApiLanguage.of(null, headers));
    }

    /**
     * The checked body as the service's form value: the field the write needs ({@code hostId} to create, {@code version}
     * to update) first, then the others; 422 with every field refused.
     */
    private OfferDetails details(OfferWrite write, String requiredField, Object requiredValue) {
        InputCheck input = new InputCheck();
        ImmersionApi.require(input, requiredField, requiredValue);
        OfferDetails details = details(write, input);
        input.throwIfAny();
        return details;
    }

    /** The body as the service's form value; what does not parse (dates, hours, theme) is refused by field. */
    private OfferDetails details(OfferWrite write, InputCheck input) {
        List<OfferDetails.Period> periods = new ArrayList<>();
        List<OfferPeriodWrite> given = write.periods() == null ? List.of() : write.periods();
        for (int i = 0; i < given.size(); i++) {
            OfferPeriodWrite period = given.get(i) == null ? new OfferPeriodWrite(null, null, null, null) : given.get(i);
            periods.add(new OfferDetails.Period(period.id(),
                    ImmersionApi.date(input, "periods[" + i + "].firstDay", period.firstDay()),
                    ImmersionApi.date(input, "periods[" + i + "].lastDay", period.lastDay()), period.places()));
        }
        Long themeId = null;
        if (write.theme() != null && !write.theme().isBlank()) {
            themeId = catalogue.terms(TaxonomyTerm.Taxonomy.THEME).stream()
                    .filter(term -> term.getCode().equals(write.theme().strip())).map(TaxonomyTerm::getId).findFirst()
                    .orElse(null);
            if (themeId == null) {
                input.refuse("theme", "immersion.offer.unknownTheme");
            }
        }
        return new OfferDetails(write.locationId(), write.contactId(), text(write.team()), text(write.activities()),
                text(write.conditions()), themeId, write.languages(), write.minDays() == null ? 0 : write.minDays(),
                write.maxDays() == null ? 0 : write.maxDays(), ImmersionApi.time(input, "dayStarts", write.dayStarts()),
                ImmersionApi.time(input, "dayEnds", write.dayEnds()), periods);
    }

    private static LocalizedText text(Translations given) {
        return given == null ? new LocalizedText("", "", "") : new LocalizedText(given.fr(), given.nl(), given.en());
    }

    private static OfferWrite empty() {
        return new OfferWrite(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static OfferHitJson json(OfferSearch.OfferHit hit, Language language) {
        ImmersionOffer o = hit.offer();
        Crossing c = hit.crossing();
        return new OfferHitJson(o.getId(), o.getTeam().in(language), new OfferTexts(Translations.of(o.getTeam()), null, null),
                OrganisationRef.of(hit.host()), ImmersionPlace.of(hit.place()), ImmersionApi.codeOf(hit.theme()),
                o.getLanguages(), o.getMinDays(), o.getMaxDays(), OfferPeriodJson.of(hit.periods()), hit.distanceKm(),
                c == null ? null : new OfferCrossing(c.direction().name(), c.crossesTheBorder(), c.crossesTheLanguageBorder(),
                        c.from().name(), c.to().name()));
    }

    static OfferJson json(ImmersionOffers.OfferView view, Language language) {
        ImmersionOffer o = view.offer();
        return new OfferJson(o.getId(), o.getVersion(), o.getStatus().name(), language.code(), o.getTeam().in(language),
                o.getActivities().in(language), o.getConditions().in(language),
                new OfferTexts(Translations.of(o.getTeam()), Translations.of(o.getActivities()),
                        Translations.of(o.getConditions())),
                OrganisationRef.of(view.host()), ImmersionPlace.of(view.place()), ImmersionApi.codeOf(view.theme()),
                o.getLanguages(), o.getMinDays(), o.getMaxDays(), o.getDayStarts(), o.getDayEnds(),
                OfferPeriodJson.of(view.periods()),
                view.contact() == null ? null : new OfferContact(view.contact().name(), view.contact().email()),
                view.mayManage(), view.mayRequest());
    }
}
