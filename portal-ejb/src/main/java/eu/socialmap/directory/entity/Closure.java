package eu.socialmap.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** Closed from {@code firstDay} to {@code lastDay} included, whatever the weekly hours say (holidays). */
@Embeddable
public class Closure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    @Column(name = "reason")
    private String reason;

    protected Closure() {
        // for JPA
    }

    public Closure(LocalDate firstDay, LocalDate lastDay, String reason) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A closure ends on or after its first day: " + firstDay + " " + lastDay);
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public LocalDate getFirstDay() { return firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public String getReason() { return reason; }

    /** One closure per first day (the table's key): a second one starting the same day replaces it. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Closure that && firstDay.equals(that.firstDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay);
    }
}
