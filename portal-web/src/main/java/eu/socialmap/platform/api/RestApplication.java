package eu.socialmap.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API. Our own resources live under {@code /api/v1/<capability>}; the Open Referral (HSDS) tree will
 * live under {@code /api/hsds}. Errors are RFC 9457 problem documents (see {@link Problem}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(
        title = "socialmap API",
        version = "1",
        description = "The portal of a local social-action coordination network. Errors are RFC 9457 "
                + "application/problem+json documents whose title is in the language of Accept-Language "
                + "(fr, nl or en).",
        license = @License(name = "EUPL-1.2")))
public class RestApplication extends Application {
}
