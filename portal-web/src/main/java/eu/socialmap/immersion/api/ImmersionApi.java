package eu.socialmap.immersion.api;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.immersion.entity.OfferPeriod;
import eu.socialmap.platform.control.InputCheck;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/**
 * What the immersion resources share: the shapes of a host, a place and a period, the reader's language, and the
 * checks every write makes before it reaches a service (a signed-in caller, a JSON request, dates that parse).
 */
public final class ImmersionApi {

    static final int MAX_PER_PAGE = 100;

    private ImmersionApi() {
    }

    /** The host organisation (its short name). */
    public record OrganisationRef(long id, String name) {
        static OrganisationRef of(Organisation organisation) {
            return organisation == null ? null : new OrganisationRef(organisation.getId(), organisation.displayName());
        }
    }

    /** Where the immersion takes place: a place of the host on the social map. */
    public record ImmersionPlace(String street, String postcode, String commune, String country, Double latitude,
                                 Double longitude) {
        static ImmersionPlace of(Location place) {
            return place == null ? null : new ImmersionPlace(place.getStreet(), place.getPostcode(), place.getCommune(),
                    place.getCountry() == null ? null : place.getCountry().name(), place.getLatitude(), place.getLongitude());
        }
    }

    /** When the offer is possible, its places and how many are still free; {@code id} names it in an update. */
    public record OfferPeriodJson(Long id, LocalDate firstDay, LocalDate lastDay, int places, int free) {
        static OfferPeriodJson of(OfferPeriod period) {
            return new OfferPeriodJson(period.getId(), period.getFirstDay(), period.getLastDay(), period.getPlaces(),
                    period.getFree());
        }

        static List<OfferPeriodJson> of(List<OfferPeriod> periods) {
            return periods.stream().map(OfferPeriodJson::of).toList();
        }
    }

    /** 401 (as a problem document) for a request without a signed-in session. */
    static void requireSignedIn(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new WebApplicationException(Response.Status.UNAUTHORIZED);
        }
    }

    /**
     * A change is a JSON request (415 otherwise, even for an action whose body is empty or {@code {}}): a cross-site
     * form can post only form or text types, and a cross-site script cannot send JSON with the session cookie
     * without a CORS preflight that the portal never grants. The cookie's SameSite=Lax is the first guard.
     */
    static void requireJson(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType()
                || type.isWildcardSubtype()) {
            throw new WebApplicationException(Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** Both checks of a change: a signed-in caller (401), then a JSON request (415). */
    static void requireSignedInJson(SecurityContext security, HttpHeaders headers) {
        requireSignedIn(security);
        requireJson(headers);
    }

    /** Refuses the field as required when its value is absent. */
    static void require(InputCheck input, String field, Object value) {
        if (value == null) {
            input.refuse(field, "input.required");
        }
    }

    /** A term's code, or null without a term. */
    static String codeOf(TaxonomyTerm term) {
        return term == null ? null : term.getCode();
    }

    /** An ISO date (YYYY-MM-DD), or null with a refusal of the field when it is not one. */
    static LocalDate date(InputCheck input, String field, String value) {
        return parsed(input, field, value, LocalDate::parse, "input.date");
    }

    /** A time of day (HH:MM), or null with a refusal of the field when it is not one. */
    static LocalTime time(InputCheck input, String field, String value) {
        return parsed(input, field, value, LocalTime::parse, "api.input.time");
    }

    private static <T> T parsed(InputCheck input, String field, String value, Function<String, T> parse, String refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.strip());
        } catch (DateTimeParseException e) {
            input.refuse(field, refusal);
            return null;
        }
    }

    /** The page asked for, within 1 and the last page. */
    record Paging(int page, int perPage, int pages, int from, int to) {
        static Paging of(int total, int page, int perPage) {
            int size = Math.max(1, Math.min(MAX_PER_PAGE, perPage));
            int pages = Math.max(1, (total + size - 1) / size);
            int current = Math.max(1, Math.min(page, pages));
            int from = Math.min(total, (current - 1) * size);
            return new Paging(current, size, pages, from, Math.min(total, from + size));
        }
    }
}
