/**
 * Who does what in the network: organisations (associations, public services, CPAS/OCMW/CCAS), later their
 * services and locations.
 */
package eu.socialmap.directory;
