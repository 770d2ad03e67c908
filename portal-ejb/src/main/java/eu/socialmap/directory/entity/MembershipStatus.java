package eu.socialmap.directory.entity;

/** Where an organisation stands with the common charter. */
public enum MembershipStatus {
    /** Signed the charter version in force. */
    MEMBER,
    /** Signed an older version: a member again once it signs the current one. */
    TO_RESIGN,
    /** Never signed (or not accepted in the network yet). */
    NOT_MEMBER;

    /** The status of an organisation that signed version {@code signed} (null: none) when {@code current} is in force. */
    public static MembershipStatus of(Integer signed, Integer current) {
        if (signed == null || current == null) {
            return NOT_MEMBER;
        }
        return signed >= current ? MEMBER : TO_RESIGN;
    }
}
