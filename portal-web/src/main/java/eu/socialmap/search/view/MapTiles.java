package eu.socialmap.search.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the map's background comes from. OpenStreetMap's tiles by default (their usage policy allows a portal of
 * this size); a network with its own tile server, or none, sets {@code MAP_TILES_URL} (empty: no map at all).
 */
@Named
@ApplicationScoped
public class MapTiles {

    @Inject
    @ConfigProperty(name = "MAP_TILES_URL", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String url;

    @Inject
    @ConfigProperty(name = "MAP_TILES_ATTRIBUTION", defaultValue = "© OpenStreetMap contributors")
    String attribution;

    public String getUrl() { return url.isBlank() ? "" : url; }
    public String getAttribution() { return attribution; }
}
