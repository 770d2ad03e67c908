package eu.socialmap.membership.view;

import eu.socialmap.membership.boundary.Charter;
import eu.socialmap.membership.entity.CharterVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The charter in force, for everyone, and the history of its versions. */
@Named
@RequestScoped
public class CharterView {

    @Inject
    Charter charter;

    private CharterVersion inForce;
    private List<Charter.VersionLine> versions = List.of();

    public void load() {
        inForce = charter.inForce().orElse(null);
        versions = charter.versions();
    }

    public CharterVersion getInForce() { return inForce; }
    public List<Charter.VersionLine> getVersions() { return versions; }
}
