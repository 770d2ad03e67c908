package eu.socialmap.event.entity;

/** Who comes, as funders count it: professionals, volunteers, or members of the public. */
public enum ParticipantType {
    PROFESSIONAL, VOLUNTEER, PUBLIC
}
