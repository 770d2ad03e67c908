package eu.socialmap.directory.api;

import eu.socialmap.directory.boundary.Organisations;
import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.platform.entity.BusinessException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The organisations of the network. Reading is public for accepted organisations; an organisation under review
 * exists only for its own people and the coordinators. Writing needs a signed-in administrator of that
 * organisation (or a coordinator): the id in the path is checked by the service, not trusted.
 */
@Path("v1/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "organisations", description = "Member organisations and their profiles")
public class OrganisationsResource {

    /** An organisation as the API shows it. */
    public record OrganisationJson(long id, long version, String legalName, String shortName, String kind,
                                   String enterpriseNumber, String street, String postcode, String commune,
                                   String country, String website, String email, String phone, List<String> languages,
                                   Translations description, String status, String membership) {
    }

    /** A page of organisations: {@code total} counts them all. */
    public record OrganisationPage(List<OrganisationJson> organisations, long total, int page, int pages) {
    }

    /** The fields a profile update sends, with the {@code version} it was read at (lost updates are refused). */
    public record ProfileUpdate(long version, String legalName, String shortName, String kind, String enterpriseNumber,
                                String street, String postcode, String commune, String country, String website,
                                String email, String phone, List<String> languages, Translations description) {
    }

    @Inject
    Organisations organisations;

    @Inject
    Charter charter;

    @GET
    @Operation(summary = "Accepted organisations, by short name, paged")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public OrganisationPage list(@QueryParam("page") @DefaultValue("1") int page,
                                 @QueryParam("per_page") @DefaultValue("50") int perPage) {
        Organisations.Page found = organisations.accepted(page, perPage);
        Integer current = charter.inForceNumber(); // once for the page, not once per organisation
        return new OrganisationPage(found.organisations().stream().map(o -> json(o, current)).toList(),
                found.total(), found.page(), found.pages());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organisation (404 when it does not exist or is not visible to the caller)")
    @APIResponse(responseCode = "200", description = "The organisation")
    @APIResponse(responseCode = "404", description = "No such organisation for this caller")
    public OrganisationJson get(@PathParam("id") long id) {
        return json(organisations.visible(id), charter.inForceNumber());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update an organisation's profile (its administrators and the coordinators)")
    @APIResponse(responseCode = "200", description = "The saved organisation")
    @APIResponse(responseCode = "403", description = "Not an administrator of this organisation")
    @APIResponse(responseCode = "409", description = "Changed by someone else since `version`")
    @APIResponse(responseCode = "422", description = "Invalid fields, listed in `errors`")
    public OrganisationJson update(@PathParam("id") long id, ProfileUpdate body) {
        if (body == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "problem.validation.title");
        }
        Translations description = body.description() == null ? new Translations("", "", "") : body.description();
        OrganisationDetails details = new OrganisationDetails(body.legalName(), body.shortName(),
                InputCheck.named(OrganisationKind.class, body.kind()), body.enterpriseNumber(), body.street(), body.postcode(),
                body.commune(), InputCheck.named(EnterpriseNumber.Country.class, body.country()), body.website(), body.email(),
                body.phone(), body.languages(), description.fr(), description.nl(), description.en());
        return json(organisations.update(id, body.version(), details), charter.inForceNumber());
    }

    /** Which charter version the organisation signs (it must be the one in force). */
    public record Signature(int version) {
    }

    @POST
    @Path("{id}/charter-signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign the charter in force on the organisation's behalf (its administrators only)")
    @APIResponse(responseCode = "204", description = "Signed: the organisation is a member")
    @APIResponse(responseCode = "403", description = "Not an administrator of this organisation")
    @APIResponse(responseCode = "409", description = "Not the version in force, or already signed")
    public Response sign(@PathParam("id") long id, Signature signature) {
        if (signature == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "problem.validation.title");
        }
        charter.sign(id, signature.version());
        return Response.noContent().build();
    }

    private static OrganisationJson json(Organisation o, Integer currentCharter) {
        return new OrganisationJson(o.getId(), o.getVersion(), o.getLegalName(), o.getShortName(), o.getKind().name(),
                o.getEnterpriseNumber().isEmpty() ? null : o.getEnterpriseNumber(), o.getStreet(), o.getPostcode(),
                o.getCommune(), o.getCountry().name(), o.getWebsite(), o.getEmail(), o.getPhone(), o.getLanguages(),
                Translations.of(o.getDescription()), o.getStatus().name(), o.membership(currentCharter).name());
    }

}
