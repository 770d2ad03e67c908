package eu.socialmap.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/**
 * One participant's answers to the short survey after an event: three scores from 1 to 5, whether she would come
 * again, a comment. One per registration: answering again replaces the answers.
 */
@Entity
@Table(name = "event_feedback")
@NamedQuery(name = EventFeedback.OVERALL, query = "SELECT f.overall, COUNT(f) FROM EventFeedback f WHERE f.eventId = :event GROUP BY f.overall")
@NamedQuery(name = EventFeedback.CONTENT, query = "SELECT f.content, COUNT(f) FROM EventFeedback f WHERE f.eventId = :event GROUP BY f.content")
@NamedQuery(name = EventFeedback.ORGANISATION, query = "SELECT f.organisation, COUNT(f) FROM EventFeedback f WHERE f.eventId = :event GROUP BY f.organisation")
@NamedQuery(name = EventFeedback.WOULD_RETURN, query = "SELECT f.wouldReturn, COUNT(f) FROM EventFeedback f WHERE f.eventId = :event GROUP BY f.wouldReturn")
@NamedQuery(name = EventFeedback.COMMENTS, query = "SELECT f FROM EventFeedback f WHERE f.eventId = :event AND f.comment IS NOT NULL "
        + "ORDER BY f.submittedAt DESC, f.registrationId DESC")
@NamedQuery(name = EventFeedback.COUNT_COMMENTS, query = "SELECT COUNT(f) FROM EventFeedback f WHERE f.eventId = :event AND f.comment IS NOT NULL")
// the claim of the survey's sending: only the node whose update changes the row sends it (no one else sees it as due)
@NamedQuery(name = EventFeedback.CLAIM_SENDING, query = "UPDATE Event e SET e.feedbackSentAt = :now WHERE e.id = :id "
        + "AND e.feedbackSentAt IS NULL AND e.status = eu.socialmap.event.entity.Event.Status.PUBLISHED")
@NamedQuery(name = EventFeedback.TO_ASK, query = "SELECT r FROM Registration r WHERE r.eventId = :event "
        + "AND r.status = eu.socialmap.event.entity.Registration.Status.CONFIRMED ORDER BY r.id")
public class EventFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OVERALL = "EventFeedback.overall";
    public static final String CONTENT = "EventFeedback.content";
    public static final String ORGANISATION = "EventFeedback.organisation";
    public static final String WOULD_RETURN = "EventFeedback.wouldReturn";
    public static final String COMMENTS = "EventFeedback.comments";
    public static final String COUNT_COMMENTS = "EventFeedback.countComments";
    public static final String CLAIM_SENDING = "EventFeedback.claimSending";
    public static final String TO_ASK = "EventFeedback.toAsk";

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 2000;

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "event_id")
    private Long eventId;

    private int overall;

    private int content;

    private int organisation;

    @Column(name = "would_return")
    private boolean wouldReturn;

    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected EventFeedback() {
        // for JPA
    }

    public EventFeedback(Registration registration) {
        this.registrationId = registration.getId();
        this.eventId = registration.getEventId();
    }

    /** The (checked) answers, new or replacing the earlier ones. */
    public void answer(int overall, int content, int organisation, boolean wouldReturn, String comment, Instant now) {
        this.overall = overall;
        this.content = content;
        this.organisation = organisation;
        this.wouldReturn = wouldReturn;
        this.comment = comment == null || comment.isBlank() ? null : comment;
        this.submittedAt = now;
    }

    public static boolean isScore(Integer score) {
        return score != null && score >= MIN_SCORE && score <= MAX_SCORE;
    }

    public Long getRegistrationId() { return registrationId; }
    public Long getEventId() { return eventId; }
    public int getOverall() { return overall; }
    public int getContent() { return content; }
    public int getOrganisation() { return organisation; }
    public boolean isWouldReturn() { return wouldReturn; }
    public String getComment() { return comment; }
    public Instant getSubmittedAt() { return submittedAt; }
}
