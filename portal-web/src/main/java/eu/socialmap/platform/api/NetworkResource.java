package eu.socialmap.platform.api;

import eu.socialmap.platform.boundary.NetworkProfileService;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.entity.NetworkProfile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The network's public identity, for partners' sites and for monitoring. */
@Path("v1/network")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "platform", description = "The network itself")
public class NetworkResource {

    /** A text in the three languages. */
    public record Translations(String fr, String nl, String en) {
        public static Translations of(LocalizedText text) {
            return new Translations(text.exactly(Language.FR), text.exactly(Language.NL), text.exactly(Language.EN));
        }
    }

    /** The network's name and description. */
    public record Network(Translations name, Translations tagline, String territory) {
    }

    @Inject
    NetworkProfileService networkProfiles;

    @GET
    @Operation(summary = "The network's name and description in French, Dutch and English")
    @APIResponse(responseCode = "200", description = "The network")
    public Network network() {
        NetworkProfile profile = networkProfiles.current();
        return new Network(Translations.of(profile.getName()), Translations.of(profile.getTagline()),
                profile.getTerritory());
    }
}
