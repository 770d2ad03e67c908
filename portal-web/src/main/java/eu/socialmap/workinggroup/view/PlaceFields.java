package eu.socialmap.workinggroup.view;

import eu.socialmap.workinggroup.entity.MeetingDetails;

import java.io.Serializable;

/** The place, link, capacity and agenda fields shared by the forms that create meetings. */
public class PlaceFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long hostLocationId;
    private String address;
    private String videoUrl;
    private Integer capacity;
    private String agenda;

    public MeetingDetails toDetails() {
        return new MeetingDetails(null, hostLocationId, address, videoUrl, capacity, agenda);
    }

    public Long getHostLocationId() { return hostLocationId; }
    public void setHostLocationId(Long hostLocationId) { this.hostLocationId = hostLocationId; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getVideoUrl() { return videoUrl; }
    public void setVideoUrl(String videoUrl) { this.videoUrl = videoUrl; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
}
