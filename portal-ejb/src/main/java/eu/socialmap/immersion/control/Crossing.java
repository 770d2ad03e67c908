package eu.socialmap.immersion.control;

import eu.socialmap.directory.entity.EnterpriseNumber.Country;
import eu.socialmap.immersion.entity.Direction;

import java.io.Serializable;

/**
 * What a visitor crosses to reach an offer, from her organisation to the offer's place: the national border
 * (FR → BE, BE → FR), the regions of Belgium (so that Tournai → Kortrijk shows the language border even though it
 * stays in one country), and how far it is. Regions come from the postcodes: Belgian ones by their ranges, French
 * ones all in {@link Region#FRANCE}.
 *
 * @param direction  which way it crosses the national border ({@link Direction#SAME_COUNTRY} when it does not)
 * @param from       the region of the visitor's organisation ({@link Region#UNKNOWN} without a postcode)
 * @param to         the region of the offer's place
 * @param kilometres as the crow flies, when both places are located; null otherwise
 */
public record Crossing(Direction direction, Region from, Region to, Double kilometres) implements Serializable {

    /** Where a postcode lies, for the language border. */
    public enum Region {
        BRUSSELS, WALLONIA, FLANDERS, FRANCE, UNKNOWN;

        /** The region of a place: French postcodes are all France; Belgian ones by their range; else unknown. */
        public static Region of(Country country, String postcode) {
            if (country == Country.FR) {
                return FRANCE;
            }
            if (country != Country.BE || postcode == null || !postcode.strip().matches("\\d{4}")) {
                return UNKNOWN;
            }
            int code = Integer.parseInt(postcode.strip());
            if (code >= 1000 && code <= 1299) {
                return BRUSSELS;
            }
            if ((code >= 1300 && code <= 1499) || (code >= 4000 && code <= 7999)) {
                return WALLONIA;
            }
            if ((code >= 1500 && code <= 3999) || (code >= 8000 && code <= 9999)) {
                return FLANDERS;
            }
            return UNKNOWN;
        }

        /** The language most people speak there: "nl" in Flanders, "fr" in Wallonia and France, none in Brussels. */
        String language() {
            return switch (this) {
                case FLANDERS -> "nl";
                case WALLONIA, FRANCE -> "fr";
                default -> null;
            };
        }
    }

    /** One end of the way: a country and postcode, and a point on the map when it is located. */
    public record Place(Country country, String postcode, Double latitude, Double longitude) implements Serializable {

        boolean isLocated() {
            return latitude != null && longitude != null;
        }
    }

    /** The way from the visitor's organisation to the offer's place. */
    public static Crossing between(Place from, Place to) {
        Double distance = from.isLocated() && to.isLocated()
                ? kilometres(from.latitude(), from.longitude(), to.latitude(), to.longitude()) : null;
        return new Crossing(Direction.of(from.country(), to.country()), Region.of(from.country(), from.postcode()),
                Region.of(to.country(), to.postcode()), distance);
    }

    public boolean crossesTheBorder() {
        return direction.crossesTheBorder();
    }

    /**
     * Whether the way goes from a French-speaking area to Flanders or back (Lille → Kortrijk, Tournai → Kortrijk,
     * Kortrijk → Mouscron). Brussels is bilingual: going there or from there crosses no language border.
     */
    public boolean crossesTheLanguageBorder() {
        String spokenFrom = from.language();
        String spokenTo = to.language();
        return spokenFrom != null && spokenTo != null && !spokenFrom.equals(spokenTo);
    }

    /** Whether it goes from one Belgian region to another (Brussels → Flanders too). */
    public boolean changesRegion() {
        return from != Region.UNKNOWN && to != Region.UNKNOWN && from != to
                && from != Region.FRANCE && to != Region.FRANCE;
    }

    /** Great-circle distance (haversine) in kilometres, good to a few metres at the scale of a region. */
    public static double kilometres(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double dLat = Math.toRadians(toLatitude - fromLatitude);
        double dLng = Math.toRadians(toLongitude - fromLongitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(fromLatitude))
                * Math.cos(Math.toRadians(toLatitude)) * Math.pow(Math.sin(dLng / 2), 2);
        return 6371.0088 * 2 * Math.asin(Math.sqrt(a));
    }
}
