/**
 * Who may do what: accounts, sign-in and roles; later the charter, membership of organisations and elections.
 */
package eu.socialmap.membership;
