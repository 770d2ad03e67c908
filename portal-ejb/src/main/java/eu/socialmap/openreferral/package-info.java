/**
 * Open Referral: the social map exchanged in the Human Services Data Specification (HSDS) 3.0 — the read API's
 * documents ({@code /api/hsds}), the export of the whole data set and the coordinators' import of HSDS packages.
 * HSDS has one {@code name}/{@code description} per record: ours are written in the language asked for, and all
 * three translations travel in the documented extension {@code x_translations} (see docs/architecture.md).
 */
package eu.socialmap.openreferral;
