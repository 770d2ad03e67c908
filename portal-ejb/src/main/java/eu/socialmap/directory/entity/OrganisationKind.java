package eu.socialmap.directory.entity;

/** What an organisation is, as the network sorts its members. */
public enum OrganisationKind {
    ASSOCIATION,
    PUBLIC_SERVICE,
    /** A public social-welfare centre: CPAS (BE, French), OCMW (BE, Dutch), CCAS (FR). */
    SOCIAL_WELFARE_CENTRE,
    OTHER
}
