package eu.socialmap.workinggroup.entity;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** Something decided at a meeting, with an owner and a due date; open ones appear on every following agenda. */
@Entity
@Table(name = "action_item")
@NamedQuery(name = ActionItem.OPEN_OF_GROUP, query = "SELECT a FROM ActionItem a WHERE a.groupId = :group "
        + "AND a.doneAt IS NULL ORDER BY a.dueOn, a.id")
@NamedQuery(name = ActionItem.OF_MEETING, query = "SELECT a FROM ActionItem a WHERE a.meetingId = :meeting ORDER BY a.id")
public class ActionItem implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OPEN_OF_GROUP = "ActionItem.openOfGroup";
    public static final String OF_MEETING = "ActionItem.ofMeeting";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "meeting_id")
    private long meetingId;

    @Column(name = "description")
    private String description;

    @Column(name = "owner_account_id")
    private Long ownerAccountId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    @Column(name = "version")
    private long version;

    protected ActionItem() {
        // for JPA
    }

    public ActionItem(long groupId, long meetingId, String description, Long ownerAccountId, LocalDate dueOn,
                      Instant now) {
        this.groupId = groupId;
        this.meetingId = meetingId;
        this.description = description;
        this.ownerAccountId = ownerAccountId;
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    public void markDone(Instant now) {
        if (doneAt != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.action.alreadyDone");
        }
        doneAt = now;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getMeetingId() { return meetingId; }
    public String getDescription() { return description; }
    public Long getOwnerAccountId() { return ownerAccountId; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
