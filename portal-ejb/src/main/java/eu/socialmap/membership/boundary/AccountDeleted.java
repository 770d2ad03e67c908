package eu.socialmap.membership.boundary;

/**
 * An account is being deleted, in this transaction: the capabilities that keep personal data about the person (her
 * event registrations…) observe it and erase what is hers, so that the deletion is whole or nothing.
 */
public record AccountDeleted(long accountId) {
}
