package eu.socialmap.workinggroup.entity;

import java.io.Serializable;

/**
 * Where and how a meeting happens: a partner's place from the social map (its address copied, so the calendar shows
 * it even if the place later changes), a free address, or a video link; the agenda and the room's capacity.
 */
public record MeetingDetails(Long hostOrganisationId, Long hostLocationId, String address, String videoUrl,
                             Integer capacity, String agenda) implements Serializable {
}
