package eu.socialmap.platform.view;

import eu.socialmap.platform.boundary.NetworkProfileService;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.entity.NetworkProfile;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Level;
import java.util.logging.Logger;

/** What the layout shows on every page: the network's name and description, in the visitor's language. */
@Named("site")
@RequestScoped
public class SiteView {

    private static final Logger LOG = Logger.getLogger(SiteView.class.getName());
    private static final LocalizedText FALLBACK_NAME = new LocalizedText(
            "Réseau de coordination sociale", "Sociaal coördinatienetwerk", "Social coordination network");

    @Inject
    NetworkProfileService networkProfiles;

    @Inject
    LanguageSelection language;

    private LocalizedText name = FALLBACK_NAME;
    private LocalizedText tagline = new LocalizedText("", "", "");

    @PostConstruct
    void load() {
        try {
            NetworkProfile profile = networkProfiles.current();
            name = profile.getName();
            tagline = profile.getTagline();
        } catch (RuntimeException e) {
            // Error pages use this layout too: when the database is the problem, they still render.
            LOG.log(Level.FINE, "Network profile unavailable; the layout uses the default name", e);
        }
    }

    public String getName() {
        return name.in(language.getLanguage());
    }

    public String getTagline() {
        return tagline.in(language.getLanguage());
    }
}
