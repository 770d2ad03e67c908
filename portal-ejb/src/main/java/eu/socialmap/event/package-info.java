/**
 * The network's events: forums, colloquia, the associations fair, partner lunches and assemblies. Owns the event and
 * its programme, registrations with a waiting list that never overbooks (the seats row is locked by every change),
 * promotions with a deadline, tickets with a QR code, check-in at the door, the fair's stands, certificates of
 * attendance, the survey after the event and the figures for the indicators.
 */
package eu.socialmap.event;
