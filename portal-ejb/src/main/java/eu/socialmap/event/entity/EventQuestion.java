package eu.socialmap.event.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Column;

import java.io.Serializable;

/** A question of the organiser's own on the registration form, in the words she typed. */
@Entity
@Table(name = "event_question")
@NamedQuery(name = EventQuestion.OF_EVENT, query = "SELECT q FROM EventQuestion q WHERE q.eventId = :event ORDER BY q.position")
public class EventQuestion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_EVENT = "EventQuestion.ofEvent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private Long eventId;

    private int position;

    private String text;

    private boolean required;

    protected EventQuestion() {
        // for JPA
    }

    public EventQuestion(long eventId, int position, String text, boolean required) {
        this.eventId = eventId;
        this.position = position;
        this.text = text;
        this.required = required;
    }

    public void reword(int newPosition, String newText, boolean isRequired) {
        this.position = newPosition;
        this.text = newText;
        this.required = isRequired;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public int getPosition() { return position; }
    public String getText() { return text; }
    public boolean isRequired() { return required; }
}
