package eu.socialmap.membership.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change worth answering for later: who (an account, or nobody once it is deleted) did what to which
 * organisation, membership, role or election, and when. Never edited.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.LATEST, query = "SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC, e.id DESC")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
@NamedQuery(name = AuditEvent.BY_ACTOR, query = "SELECT e FROM AuditEvent e WHERE e.actorId = :actor ORDER BY e.occurredAt, e.id")
public class AuditEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String LATEST = "AuditEvent.latest";
    public static final String COUNT = "AuditEvent.count";
    public static final String BY_ACTOR = "AuditEvent.byActor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "action")
    private String action;

    @Column(name = "subject_type")
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "detail")
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant occurredAt, Long actorId, String action, String subjectType, Long subjectId,
                      String detail) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
