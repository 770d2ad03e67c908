package eu.socialmap.membership.entity;

/**
 * What a signed-in person may do. Visitors (not signed in) have no role. The names are the security role names
 * used by pages ({@code web.xml}) and services ({@code @RolesAllowed}).
 */
public enum Role {
    /** Works for a member organisation: sees members-only content, joins working groups. */
    ORGANISATION_MEMBER,
    /** Manages the profile and the people of their own organisation. */
    ORGANISATION_ADMIN,
    /** Leads a thematic working group. */
    GROUP_LEAD,
    /** Runs the network: accepts organisations, publishes the charter, convenes assemblies. */
    COORDINATOR,
    /** Runs the portal itself: accounts, configuration, the mail outbox. */
    PLATFORM_ADMIN;

    /** The same names as constants, for annotations. */
    public static final class Names {
        public static final String ORGANISATION_MEMBER = "ORGANISATION_MEMBER";
        public static final String ORGANISATION_ADMIN = "ORGANISATION_ADMIN";
        public static final String GROUP_LEAD = "GROUP_LEAD";
        public static final String COORDINATOR = "COORDINATOR";
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

        private Names() {
        }
    }
}
