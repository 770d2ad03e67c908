package eu.socialmap.immersion.control;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;

import java.time.Instant;
import java.util.List;

/**
 * An immersion as a calendar shows it: one entry from the first morning to the last evening at the host's place,
 * with a stable uid (a cancellation replaces it in the calendars that hold it).
 */
public final class ImmersionCalendar {

    private ImmersionCalendar() {
    }

    public static CalendarEntry entry(ImmersionBooking booking, ImmersionOffer offer, Organisation host,
                                      Organisation sender, Location place, Language language, String url, Instant now) {
        Instant start = booking.getFirstDay().atTime(offer.getDayStarts()).atZone(Messages.NETWORK_ZONE).toInstant();
        Instant end = booking.getLastDay().atTime(offer.getDayEnds()).atZone(Messages.NETWORK_ZONE).toInstant();
        String summary = Messages.get(language, "immersion.calendar.summary",
                List.of(booking.getVisitorName(), host.getShortName(), sender.getShortName()));
        String description = offer.getTeam().in(language) + "\n" + Messages.get(language, "immersion.calendar.hours",
                List.of(offer.getDayStarts().toString(), offer.getDayEnds().toString()));
        CalendarEntry.Status status = booking.getStatus() == ImmersionBooking.Status.CANCELLED
                ? CalendarEntry.Status.CANCELLED : CalendarEntry.Status.CONFIRMED;
        return new CalendarEntry("immersion-" + booking.getId() + "@socialmap",
                (int) Math.min(Integer.MAX_VALUE, booking.getVersion()), status, start, end, summary, description,
                address(place), url, now);
    }

    public static String address(Location place) {
        if (place == null) {
            return "";
        }
        String name = place.getName() == null || place.getName().isBlank() ? "" : place.getName() + ", ";
        return name + place.getStreet() + ", " + place.getPostcode() + " " + place.getCommune();
    }
}
