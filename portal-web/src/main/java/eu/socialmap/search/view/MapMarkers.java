package eu.socialmap.search.view;

import eu.socialmap.directory.entity.Location;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.Objects;

/**
 * The markers a page hands to {@code resources/js/map.js}, as JSON in a {@code data-points} attribute (the page
 * escapes the attribute; the script inserts names as text). Places without coordinates are left out.
 */
public final class MapMarkers {

    private final JsonArrayBuilder points = Json.createArrayBuilder();

    /** A marker at the place, titled {@code name}, with a link when {@code href} is given. */
    public MapMarkers add(Location place, String name, String organisation, String href) {
        if (place.isLocated()) {
            JsonObjectBuilder point = Json.createObjectBuilder().add("name", Objects.toString(name, ""))
                    .add("organisation", Objects.toString(organisation, ""))
                    .add("lat", place.getLatitude()).add("lng", place.getLongitude());
            if (href != null) {
                point.add("href", href);
            }
            points.add(point);
        }
        return this;
    }

    public String json() {
        return points.build().toString();
    }
}
