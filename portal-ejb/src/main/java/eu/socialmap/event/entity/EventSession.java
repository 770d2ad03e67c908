package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * A session or workshop of an event's programme; sessions at the same time are parallel. Its seats taken change
 * only through a conditional update ({@code taken < capacity}) in the registration's transaction, so a workshop is
 * never overbooked either.
 */
@Entity
@Table(name = "event_session")
@NamedQuery(name = EventSession.OF_EVENT, query = "SELECT s FROM EventSession s WHERE s.eventId = :event ORDER BY s.startsAt, s.id")
@NamedQuery(name = EventSession.TAKE, query = "UPDATE EventSession s SET s.taken = s.taken + 1 WHERE s.id = :id "
        + "AND (s.capacity IS NULL OR s.taken < s.capacity)")
@NamedQuery(name = EventSession.RELEASE, query = "UPDATE EventSession s SET s.taken = s.taken - 1 WHERE s.id IN :ids AND s.taken > 0")
public class EventSession implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EVENT = "EventSession.ofEvent";
    public static final String TAKE = "EventSession.take";
    public static final String RELEASE = "EventSession.release";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "title_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "title_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en"))})
    private LocalizedText title;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String room;

    private String speakers;

    private Integer capacity;

    private int taken;

    @Version
    private long version;

    protected EventSession() {
        // for JPA
    }

    public EventSession(long eventId, LocalizedText title, Instant startsAt, Instant endsAt, String room,
                        String speakers, Integer capacity) {
        this.eventId = eventId;
        describe(title, startsAt, endsAt, room, speakers, capacity);
    }

    public void describe(LocalizedText title, Instant startsAt, Instant endsAt, String room, String speakers,
                         Integer capacity) {
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.room = room;
        this.speakers = speakers;
        this.capacity = capacity;
    }

    public boolean isFull() {
        return capacity != null && taken >= capacity;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public LocalizedText getTitle() { return title; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public String getRoom() { return room; }
    public String getSpeakers() { return speakers; }
    public Integer getCapacity() { return capacity; }
    public int getTaken() { return taken; }
    public long getVersion() { return version; }
}
