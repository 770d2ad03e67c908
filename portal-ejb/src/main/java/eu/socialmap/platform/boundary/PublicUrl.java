package eu.socialmap.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach the portal at, for links in e-mails ({@code PUBLIC_URL}, e.g.
 * {@code https://reseau.cpas-saintgilles.be}; the run command sets it to http://localhost:PORT).
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "PUBLIC_URL", defaultValue = "http://localhost:8080")
    String base;

    /** The absolute address of a path of the portal ({@code /password?token=…}). */
    public String of(String path) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return root + path;
    }
}
