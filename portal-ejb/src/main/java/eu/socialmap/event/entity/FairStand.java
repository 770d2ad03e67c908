package eu.socialmap.event.entity;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;

/**
 * An organisation's stand at the associations fair: it applies with its needs, the organiser gives it a number on the
 * plan (or declines), and it may withdraw. One row per organisation and fair: applying again after a withdrawal or a
 * refusal reopens the same row. A number is held only while the stand is allocated, so that the unique key on
 * (event, number) never counts a stand that is no longer there.
 */
@Entity
@Table(name = "fair_stand")
@NamedQuery(name = FairStand.OF_ORGANISATION, query = "SELECT s FROM FairStand s WHERE s.eventId = :event AND s.organisationId = :organisation")
@NamedQuery(name = FairStand.OF_EVENT, query = "SELECT s FROM FairStand s WHERE s.eventId = :event ORDER BY s.id")
public class FairStand implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_ORGANISATION = "FairStand.ofOrganisation";
    public static final String OF_EVENT = "FairStand.ofEvent";
    public static final int MAX_NOTE = 500;

    public enum Status { REQUESTED, ALLOCATED, DECLINED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id")
    private long eventId;

    @Column(name = "organisation_id")
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private StandSize size;

    @Column(name = "needs_table")
    private boolean needsTable;

    @Column(name = "needs_power")
    private boolean needsPower;

    private String note;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "stand_number")
    private Integer standNumber;

    @Column(name = "requested_by")
    private Long requestedBy;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Version
    private long version;

    protected FairStand() {
        // for JPA
    }

    public FairStand(long eventId, long organisationId, StandSize size, boolean needsTable, boolean needsPower, String note,
                     long requestedBy, Instant now) {
        this.eventId = eventId;
        this.organisationId = organisationId;
        request(size, needsTable, needsPower, note, requestedBy, now);
    }

    /** Applies again after withdrawing or being declined; a pending or allocated stand is refused. */
    public void applyAgain(StandSize size, boolean needsTable, boolean needsPower, String note, long requestedBy, Instant now) {
        if (isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.alreadyApplied");
        }
        request(size, needsTable, needsPower, note, requestedBy, now);
    }

    private void request(StandSize size, boolean needsTable, boolean needsPower, String note, long requestedBy, Instant now) {
        this.size = size;
        this.needsTable = needsTable;
        this.needsPower = needsPower;
        this.note = note == null || note.isBlank() ? null : note;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = Status.REQUESTED;
        this.standNumber = null;
    }

    /** Gives the stand its number on the plan; an allocated stand moves to the new number. */
    public void allocate(int number) {
        if (!isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.notActive");
        }
        if (number < 1) {
            throw new BusinessException(BusinessException.Kind.INVALID, "event.stand.numberRange", 1);
        }
        this.status = Status.ALLOCATED;
        this.standNumber = number;
    }

    /** The organiser says no (or takes an allocated stand back): its number is free again. */
    public void decline() {
        if (!isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.notActive");
        }
        this.status = Status.DECLINED;
        this.standNumber = null;
    }

    /** The organisation no longer comes: its number is free again. */
    public void withdraw() {
        if (!isActive()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.stand.notActive");
        }
        this.status = Status.WITHDRAWN;
        this.standNumber = null;
    }

    /** Requested or allocated: the organisation still means to come. */
    public boolean isActive() {
        return status == Status.REQUESTED || status == Status.ALLOCATED;
    }

    public boolean isAllocated() {
        return status == Status.ALLOCATED;
    }

    public Long getId() { return id; }
    public long getEventId() { return eventId; }
    public long getOrganisationId() { return organisationId; }
    public StandSize getSize() { return size; }
    public boolean isNeedsTable() { return needsTable; }
    public boolean isNeedsPower() { return needsPower; }
    public String getNote() { return note; }
    public Status getStatus() { return status; }
    public Integer getStandNumber() { return standNumber; }
    public Long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public long getVersion() { return version; }
}
