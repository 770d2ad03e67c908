package eu.socialmap.openreferral.api;

import eu.socialmap.openreferral.boundary.OpenReferral;
import eu.socialmap.openreferral.control.HsdsWriter;
import eu.socialmap.platform.control.LanguageNegotiation;
import eu.socialmap.platform.entity.Language;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The Open Referral HSDS 3.0 read API, shaped as its OpenAPI reference says (paths, query parameters, the "Page"
 * envelope), not as our entities are. Texts are in the language of {@code lang}, else {@code Accept-Language}, else
 * French; the three translations are always in {@code x_translations}. Only public data: active services of
 * accepted organisations. {@code proximity} is, as in the specification, a distance in metres from the centre of
 * {@code postcode}; {@code postcode} alone keeps services with a place at that postcode. {@code modified_after} keeps what changed
 * strictly after that instant. Bad numbers, dates or distances are a 400 problem document, never a 500.
 */
@Path("hsds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hsds", description = "Open Referral HSDS 3.0 read API")
public class HsdsResource {

    @Inject
    OpenReferral openReferral;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "HSDS version and profile of this API")
    public Response info() {
        String base = uriInfo.getBaseUri().resolve("../openapi").toString();
        return ok(HsdsWriter.apiInfo(base, base), Language.DEFAULT);
    }

    @GET
    @Path("services")
    @Operation(summary = "Services, paged (full=true: fully nested; minimal=true: ids and last change)")
    public Response services(@QueryParam("search") String search, @QueryParam("page") String page,
                             @QueryParam("per_page") String perPage,
                             @QueryParam("taxonomy_term_id") String term, @QueryParam("taxonomy_id") String taxonomy,
                             @QueryParam("organization_id") String organisation,
                             @QueryParam("modified_after") String modifiedAfter,
                             @QueryParam("minimal") boolean minimal, @QueryParam("full") boolean full,
                             @QueryParam("postcode") String postcode, @QueryParam("proximity") String proximity,
                             @QueryParam("lang") String lang) {
        Language language = language(lang);
        OpenReferral.Detail detail = minimal ? OpenReferral.Detail.MINIMAL : full ? OpenReferral.Detail.FULL : OpenReferral.Detail.LIST;
        return ok(openReferral.services(filter(search, term, taxonomy, organisation, modifiedAfter, postcode, proximity),
                detail, number(page, 1), number(perPage, 0), language), language);
    }

    @GET
    @Path("services/{id}")
    @Operation(summary = "One service, fully nested")
    public Response service(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(found(openReferral.service(id, language)), language);
    }

    @GET
    @Path("service_at_locations")
    @Operation(summary = "Services at their places, paged")
    public Response servicesAtLocations(@QueryParam("search") String search, @QueryParam("page") String page,
                                        @QueryParam("per_page") String perPage,
                                        @QueryParam("taxonomy_term_id") String term, @QueryParam("taxonomy_id") String taxonomy,
                                        @QueryParam("organization_id") String organisation,
                                        @QueryParam("modified_after") String modifiedAfter,
                                        @QueryParam("postcode") String postcode, @QueryParam("proximity") String proximity,
                                        @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(openReferral.servicesAtLocations(filter(search, term, taxonomy, organisation, modifiedAfter, postcode,
                proximity), number(page, 1), number(perPage, 0), language), language);
    }

    @GET
    @Path("service_at_locations/{id}")
    @Operation(summary = "One service at one of its places")
    public Response serviceAtLocation(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(found(openReferral.serviceAtLocation(id, language)), language);
    }

    @GET
    @Path("organizations")
    @Operation(summary = "Accepted organisations, paged (full=true or full_service=true: with their services)")
    public Response organisations(@QueryParam("search") String search, @QueryParam("page") String page,
                                  @QueryParam("per_page") String perPage,
                                  @QueryParam("full") boolean full, @QueryParam("full_service") boolean fullService,
                                  @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(openReferral.organisations(search, full || fullService, number(page, 1), number(perPage, 0), language), language);
    }

    @GET
    @Path("organizations/{id}")
    @Operation(summary = "One accepted organisation with its services")
    public Response organisation(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(found(openReferral.organisation(id, language)), language);
    }

    @GET
    @Path("taxonomies")
    @Operation(summary = "The network's taxonomies: themes and audiences")
    public Response taxonomies(@QueryParam("page") String page,
                               @QueryParam("per_page") String perPage, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(openReferral.taxonomies(number(page, 1), number(perPage, 0), language), language);
    }

    @GET
    @Path("taxonomies/{id}")
    @Operation(summary = "One taxonomy")
    public Response taxonomy(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(found(openReferral.taxonomy(id, language)), language);
    }

    @GET
    @Path("taxonomy_terms")
    @Operation(summary = "Terms of the taxonomies, paged")
    public Response terms(@QueryParam("search") String search, @QueryParam("page") String page,
                          @QueryParam("per_page") String perPage,
                          @QueryParam("taxonomy_id") String taxonomy, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(openReferral.terms(search, taxonomy, number(page, 1), number(perPage, 0), language), language);
    }

    @GET
    @Path("taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    public Response term(@PathParam("id") String id, @QueryParam("lang") String lang) {
        Language language = language(lang);
        return ok(found(openReferral.term(id, language)), language);
    }

    private static OpenReferral.Filter filter(String search, String term, String taxonomy, String organisation,
                                              String modifiedAfter, String postcode, String proximity) {
        Double metres = null;
        if (proximity != null && !proximity.isBlank()) {
            try {
                metres = Double.valueOf(proximity.strip());
            } catch (NumberFormatException notANumber) {
                throw new BadRequestException();
            }
            if (!Double.isFinite(metres) || metres < 0 || postcode == null || postcode.isBlank()) {
                throw new BadRequestException();
            }
        }
        return new OpenReferral.Filter(search, term, taxonomy, organisation, instant(modifiedAfter), postcode, metres);
    }

    /** A whole number for {@code page} or {@code per_page}; absent: {@code absent}; anything else: 400. */
    static int number(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new BadRequestException();
        }
    }

    /** {@code 2026-03-01T10:00:00Z}, with an offset, a local date-time (Brussels) or a date. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).atZone(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new BadRequestException();
                }
            }
        }
    }

    private Language language(String lang) {
        return Language.fromTag(lang).orElseGet(() -> LanguageNegotiation.choose(null,
                headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    private static JsonObject found(Optional<JsonObject> json) {
        return json.orElseThrow(NotFoundException::new);
    }

    private static Response ok(JsonObject json, Language language) {
        return Response.ok(json).header(HttpHeaders.CONTENT_LANGUAGE, language.code())
                .header(HttpHeaders.VARY, "Accept-Language").build();
    }
}
