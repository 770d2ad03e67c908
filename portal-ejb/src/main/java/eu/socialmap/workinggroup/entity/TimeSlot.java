package eu.socialmap.workinggroup.entity;

import java.io.Serializable;
import java.time.Instant;

/** A start and an end, the end after the start (checked where the slot is typed: {@code MeetingForm}). */
public record TimeSlot(Instant start, Instant end) implements Serializable {
}
