package eu.socialmap.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A place where an organisation receives people. Its coordinates come from the postcode (the centre of the
 * postcode area, offline) until someone places it by hand; a hand-placed point is never overwritten by the
 * postcode again, unless the address itself changes.
 */
@Entity
@Table(name = "location")
@NamedQuery(name = Location.OF_ORGANISATION, query = "SELECT l FROM Location l WHERE l.organisationId = :organisation ORDER BY l.id")
public class Location extends ExchangedRecord {

    private static final long serialVersionUID = 1L;
    public static final String OF_ORGANISATION = "Location.ofOrganisation";

    /** Where the coordinates come from. */
    public enum CoordinatesSource { POSTCODE, MANUAL, NONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private long organisationId;
    @Column(name = "name")
    private String name;
    @Column(name = "street")
    private String street;
    @Column(name = "postcode")
    private String postcode;
    @Column(name = "commune")
    private String commune;
    @Enumerated(EnumType.STRING)
    @Column(name = "country")
    private EnterpriseNumber.Country country;
    @Column(name = "latitude")
    private BigDecimal latitude;
    @Column(name = "longitude")
    private BigDecimal longitude;
    @Enumerated(EnumType.STRING)
    @Column(name = "coordinates_source")
    private CoordinatesSource coordinatesSource = CoordinatesSource.NONE;
    @Column(name = "wheelchair")
    private boolean wheelchair;
    @Column(name = "hearing_loop")
    private boolean hearingLoop;
    @Column(name = "accessibility_note")
    private String accessibilityNote;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    @Column(name = "version")
    private long version;

    protected Location() {
        // for JPA
    }

    public Location(long organisationId, String name, String street, String postcode, String commune,
                    EnterpriseNumber.Country country, Instant now) {
        this.organisationId = organisationId;
        moveTo(name, street, postcode, commune, country, now);
    }

    /** A new address: coordinates placed by hand no longer apply, the postcode's will be looked up again. */
    public void moveTo(String name, String street, String postcode, String commune, EnterpriseNumber.Country country,
                       Instant now) {
        boolean moved = !postcode.equals(this.postcode) || country != this.country || !street.equals(this.street);
        this.name = name;
        this.street = street;
        this.postcode = postcode;
        this.commune = commune;
        this.country = country;
        if (moved) {
            latitude = null;
            longitude = null;
            coordinatesSource = CoordinatesSource.NONE;
        }
        this.updatedAt = now;
    }

    /** Coordinates of the postcode area, unless the place was set by hand. */
    public void locateByPostcode(double latitude, double longitude) {
        if (coordinatesSource != CoordinatesSource.MANUAL) {
            place(latitude, longitude, CoordinatesSource.POSTCODE);
        }
    }

    /** Coordinates corrected by hand (on the map, or typed). */
    public void placeByHand(double latitude, double longitude) {
        place(latitude, longitude, CoordinatesSource.MANUAL);
    }

    private void place(double latitude, double longitude, CoordinatesSource source) {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
        }
        this.latitude = BigDecimal.valueOf(latitude).setScale(5, RoundingMode.HALF_UP);
        this.longitude = BigDecimal.valueOf(longitude).setScale(5, RoundingMode.HALF_UP);
        this.coordinatesSource = source;
    }

    public void describeAccess(boolean wheelchair, boolean hearingLoop, String note) {
        this.wheelchair = wheelchair;
        this.hearingLoop = hearingLoop;
        this.accessibilityNote = note;
    }

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }

    public Long getId() { return id; }
    public long getOrganisationId() { return organisationId; }
    public String getName() { return name; }
    public String getStreet() { return street; }
    public String getPostcode() { return postcode; }
    public String getCommune() { return commune; }
    public EnterpriseNumber.Country getCountry() { return country; }
    public Double getLatitude() { return latitude == null ? null : latitude.doubleValue(); }
    public Double getLongitude() { return longitude == null ? null : longitude.doubleValue(); }
    public CoordinatesSource getCoordinatesSource() { return coordinatesSource; }
    public boolean isWheelchair() { return wheelchair; }
    public boolean isHearingLoop() { return hearingLoop; }
    public String getAccessibilityNote() { return accessibilityNote; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
