package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.immersion.entity.ImmersionBooking;
import eu.socialmap.immersion.entity.ImmersionOffer;

import java.io.Serializable;

/** A booking with what every page, mail and document of it shows: the offer, both organisations, the place. */
public record BookingContext(ImmersionBooking booking, ImmersionOffer offer, Organisation host, Organisation sender,
                             Location place) implements Serializable {
}
