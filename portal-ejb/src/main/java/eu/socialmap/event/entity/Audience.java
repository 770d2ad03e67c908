package eu.socialmap.event.entity;

/** Who may register: anyone, people of member organisations, or those who have the invitation link. */
public enum Audience {
    PUBLIC, MEMBERS, INVITATION
}
