package eu.socialmap.membership.api;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.platform.api.NetworkResource.Translations;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.List;

/**
 * The charter in force and the member organisations. (Signing is under the organisation:
 * {@code POST /api/v1/organisations/{id}/charter-signatures}, in {@code OrganisationsResource}.)
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "membership", description = "The common charter and the member organisations")
public class MembershipResource {

    public record CharterJson(int version, LocalDate effectiveOn, Translations text) {
    }

    public record Member(long id, String shortName, String legalName, String kind, String commune, String country) {
    }

    public record MemberPage(List<Member> members, long total, int page, int pages) {
    }

    @Inject
    Charter charter;

    @GET
    @Path("charter")
    @Operation(summary = "The charter version in force, in French, Dutch and English")
    @APIResponse(responseCode = "200", description = "The charter")
    @APIResponse(responseCode = "404", description = "No charter published yet")
    public CharterJson charter() {
        CharterVersion version = charter.inForce().orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "membership.charter.none"));
        return new CharterJson(version.getNumber(), version.getEffectiveOn(), Translations.of(version.getText()));
    }

    @GET
    @Path("members")
    @Operation(summary = "The member organisations (accepted, signed the charter in force), paged")
    @APIResponse(responseCode = "200", description = "A page of members")
    public MemberPage members(@QueryParam("page") @DefaultValue("1") int page,
                              @QueryParam("per_page") @DefaultValue("50") int perPage) {
        Charter.Members found = charter.members(page, perPage);
        return new MemberPage(found.organisations().stream().map(MembershipResource::member).toList(), found.total(),
                found.page(), found.pages());
    }

    private static Member member(Organisation o) {
        return new Member(o.getId(), o.getShortName(), o.getLegalName(), o.getKind().name(), o.getCommune(),
                o.getCountry().name());
    }
}
