package eu.socialmap.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An event's seats. Every registration, cancellation, promotion and change of capacity locks this row
 * ({@code SELECT … FOR UPDATE}) before it counts: the database serialises them, on one node or several, so the
 * seats taken never pass the capacity and waiting-list numbers follow each other without gap or repeat (a
 * transaction that fails gives its number back by rolling back). No version: an organiser's edit of the event never
 * conflicts with people registering.
 */
@Entity
@Table(name = "event_seats")
public class EventSeats {

    @Id
    @Column(name = "event_id")
    private Long eventId;

    private int capacity;

    private int taken;

    @Column(name = "waitlist_last")
    private int waitlistLast;

    protected EventSeats() {
        // for JPA
    }

    public EventSeats(long eventId, int capacity) {
        this.eventId = eventId;
        this.capacity = capacity;
    }

    /** Takes a seat if one is free. */
    public boolean take() {
        if (taken >= capacity) {
            return false;
        }
        taken++;
        return true;
    }

    public void release() {
        if (taken > 0) {
            taken--;
        }
    }

    /** The next number on the waiting list. */
    public int nextWaitlistNumber() {
        return ++waitlistLast;
    }

    /**
     * A new capacity; it may not go below the seats already taken (those people were told they have a seat).
     * @return false if refused
     */
    public boolean resize(int newCapacity) {
        if (newCapacity < taken) {
            return false;
        }
        capacity = newCapacity;
        return true;
    }

    public boolean hasFreeSeat() {
        return taken < capacity;
    }

    public Long getEventId() { return eventId; }
    public int getCapacity() { return capacity; }
    public int getTaken() { return taken; }
    public int getWaitlistLast() { return waitlistLast; }
}
