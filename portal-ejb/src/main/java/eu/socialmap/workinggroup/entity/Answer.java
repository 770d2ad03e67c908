package eu.socialmap.workinggroup.entity;

/** A member's answer to one date of a poll. */
public enum Answer {
    YES, IF_NEED_BE, NO
}
