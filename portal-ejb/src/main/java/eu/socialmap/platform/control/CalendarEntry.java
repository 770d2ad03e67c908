package eu.socialmap.platform.control;

import java.time.Instant;
import java.util.Objects;

/**
 * One meeting as a calendar shows it. The uid never changes and the sequence grows at each move or cancellation,
 * so that calendar applications update the event they already hold instead of adding a second one.
 *
 * @param description nullable
 * @param location    nullable: an address, or the name of the host organisation
 * @param url         nullable: the meeting's page in the portal, or its video call
 */
public record CalendarEntry(String uid, int sequence, Status status, Instant start, Instant end, String summary,
                            String description, String location, String url, Instant lastModified) {

    /** The RFC 5545 statuses of an event. */
    public enum Status { CONFIRMED, TENTATIVE, CANCELLED }

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(lastModified, "lastModified");
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence starts at 0: " + sequence);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A meeting ends after it starts: " + start + " – " + end);
        }
    }

    /** The same event, moved: a calendar replaces the old times only if the sequence is higher. */
    public CalendarEntry movedTo(Instant newStart, Instant newEnd, Instant now) {
        return new CalendarEntry(uid, sequence + 1, status, newStart, newEnd, summary, description, location, url,
                now);
    }

    /** The same event, called off. */
    public CalendarEntry cancelled(Instant now) {
        return new CalendarEntry(uid, sequence + 1, Status.CANCELLED, start, end, summary, description, location, url,
                now);
    }
}
