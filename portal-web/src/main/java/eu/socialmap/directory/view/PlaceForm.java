package eu.socialmap.directory.view;

import eu.socialmap.directory.entity.Location;

import java.io.Serializable;

/** A place's fields as typed (address, access, coordinates by hand), kept until they are saved. */
public class PlaceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String street;
    private String postcode;
    private String commune;
    private String country = "BE";
    private boolean wheelchair;
    private boolean hearingLoop;
    private String accessNote;
    private String latitude;
    private String longitude;

    static PlaceForm of(Location place) {
        PlaceForm form = new PlaceForm();
        form.name = place.getName();
        form.street = place.getStreet();
        form.postcode = place.getPostcode();
        form.commune = place.getCommune();
        form.country = place.getCountry() == null ? "BE" : place.getCountry().name();
        form.wheelchair = place.isWheelchair();
        form.hearingLoop = place.isHearingLoop();
        form.accessNote = place.getAccessibilityNote();
        if (place.getCoordinatesSource() == Location.CoordinatesSource.MANUAL) {
            form.latitude = String.valueOf(place.getLatitude());
            form.longitude = String.valueOf(place.getLongitude());
        }
        return form;
    }

    void clear() {
        name = street = postcode = commune = accessNote = latitude = longitude = null;
        wheelchair = hearingLoop = false;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public boolean isWheelchair() { return wheelchair; }
    public void setWheelchair(boolean wheelchair) { this.wheelchair = wheelchair; }
    public boolean isHearingLoop() { return hearingLoop; }
    public void setHearingLoop(boolean hearingLoop) { this.hearingLoop = hearingLoop; }
    public String getAccessNote() { return accessNote; }
    public void setAccessNote(String accessNote) { this.accessNote = accessNote; }
    public String getLatitude() { return latitude; }
    public void setLatitude(String latitude) { this.latitude = latitude; }
    public String getLongitude() { return longitude; }
    public void setLongitude(String longitude) { this.longitude = longitude; }
}
