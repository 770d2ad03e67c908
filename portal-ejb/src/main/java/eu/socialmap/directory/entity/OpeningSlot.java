package eu.socialmap.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** Open on {@code weekday} from {@code opensAt} to {@code closesAt} (a day may have several slots). */
@Embeddable
public class OpeningSlot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "weekday")
    private int weekday;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    protected OpeningSlot() {
        // for JPA
    }

    public OpeningSlot(DayOfWeek weekday, LocalTime opensAt, LocalTime closesAt) {
        if (weekday == null || opensAt == null || closesAt == null || !opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("An opening slot closes after it opens: " + opensAt + "-" + closesAt);
        }
        this.weekday = weekday.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    public DayOfWeek getWeekday() { return DayOfWeek.of(weekday); }
    public LocalTime getOpensAt() { return opensAt; }
    public LocalTime getClosesAt() { return closesAt; }

    /** Whether this slot covers that day and time (closing time excluded). */
    public boolean covers(DayOfWeek day, LocalTime time) {
        return day.getValue() == weekday && !time.isBefore(opensAt) && time.isBefore(closesAt);
    }

    boolean overlaps(OpeningSlot other) {
        return weekday == other.weekday && opensAt.isBefore(other.closesAt) && other.opensAt.isBefore(closesAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningSlot that && weekday == that.weekday && opensAt.equals(that.opensAt)
                && closesAt.equals(that.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weekday, opensAt, closesAt);
    }
}
