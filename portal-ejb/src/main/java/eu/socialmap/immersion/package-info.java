/**
 * Professional immersions: a member organisation hosts a professional of another for two to five days, often across
 * the language or the national border. Owns the offers with their periods and places, the bookings (the employer's
 * agreement, the host's answer, other dates, cancellation), the agreement with its clauses and both signatures, the
 * calendar entries, the visitor's report and the host's feedback, and the yearly figures against the funder's target.
 * A booking holds a place of its period from the request on: the places are never exceeded (a conditional update).
 */
package eu.socialmap.immersion;
