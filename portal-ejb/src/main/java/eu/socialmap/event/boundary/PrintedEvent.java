package eu.socialmap.event.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.event.control.EventDocuments;
import eu.socialmap.event.entity.Event;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.NetworkProfile;
import jakarta.persistence.EntityManager;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** An event as its documents print it (tickets, badges, lists, certificates), in one reader's language. */
final class PrintedEvent {

    private PrintedEvent() {
    }

    static EventDocuments.Sheet sheet(EntityManager em, Event event, Language language) {
        return new EventDocuments.Sheet(event.getTitle().in(language), when(event, language), EventNotices.where(event),
                organiser(em, event, language));
    }

    /** The organising member's name, or the network's when the coordinator organises for the network. */
    static String organiser(EntityManager em, Event event, Language language) {
        if (event.getOrganiserId() != null) {
            Organisation organisation = em.find(Organisation.class, event.getOrganiserId());
            if (organisation != null) {
                return organisation.getShortName();
            }
        }
        NetworkProfile network = em.find(NetworkProfile.class, NetworkProfile.ID);
        return network == null ? "" : network.getName().in(language);
    }

    /** "12 March 2027, 09:00 – 17:00", with both days when it lasts longer (Brussels time). */
    static String when(Event event, Language language) {
        ZonedDateTime start = event.getStartsAt().atZone(Messages.NETWORK_ZONE);
        ZonedDateTime end = event.getEndsAt().atZone(Messages.NETWORK_ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.locale());
        return day.format(start) + ", " + time.format(start) + " – "
                + (start.toLocalDate().equals(end.toLocalDate()) ? "" : day.format(end) + ", ") + time.format(end);
    }
}
