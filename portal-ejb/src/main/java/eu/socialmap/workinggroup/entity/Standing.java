package eu.socialmap.workinggroup.entity;

/**
 * Where a person stands towards one group, which decides what she sees: visitors and applicants the public
 * summary; members the members, meetings, approved minutes and documents; leads (and the network's coordinators,
 * who oversee every group) everything, drafts included, and the lead's actions.
 */
public enum Standing {
    VISITOR, APPLICANT, MEMBER, LEAD, COORDINATOR;

    public boolean isMember() {
        return this == MEMBER || this == LEAD || this == COORDINATOR;
    }

    public boolean leads() {
        return this == LEAD || this == COORDINATOR;
    }
}
