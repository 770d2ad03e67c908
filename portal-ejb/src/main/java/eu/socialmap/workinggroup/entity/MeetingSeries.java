package eu.socialmap.workinggroup.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** The rule a series of monthly meetings was made from; its occurrences are meetings of their own. */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "week_of_month")
    private int weekOfMonth;

    @Column(name = "day_of_week")
    private int dayOfWeek;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "duration_minutes")
    private int durationMinutes;

    @Column(name = "first_date")
    private LocalDate firstDate;

    @Column(name = "last_date")
    private LocalDate lastDate;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected MeetingSeries() {
        // for JPA
    }

    public MeetingSeries(long groupId, MonthlyRule rule, LocalTime startTime, int durationMinutes, LocalDate firstDate,
                         LocalDate lastDate, Instant now) {
        this.groupId = groupId;
        this.weekOfMonth = rule.weekOfMonth();
        this.dayOfWeek = rule.dayOfWeek().getValue();
        this.startTime = startTime;
        this.durationMinutes = durationMinutes;
        this.firstDate = firstDate;
        this.lastDate = lastDate;
        this.createdAt = now;
    }

    public MonthlyRule rule() {
        return new MonthlyRule(weekOfMonth, java.time.DayOfWeek.of(dayOfWeek));
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public LocalTime getStartTime() { return startTime; }
    public int getDurationMinutes() { return durationMinutes; }
    public LocalDate getFirstDate() { return firstDate; }
    public LocalDate getLastDate() { return lastDate; }
}
