/**
 * Thematic working groups: the coordinator's groups and their leads, people who ask to join and leave, meetings
 * proposed as date polls or as monthly series, their place (often a partner of the social map), attendance, minutes
 * approved by a lead, documents, action items carried to the next agenda, reminders, iCalendar feeds and a group's
 * year for the annual report.
 */
package eu.socialmap.workinggroup;
