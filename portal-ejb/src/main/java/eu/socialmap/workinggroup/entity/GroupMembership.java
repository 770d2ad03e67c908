package eu.socialmap.workinggroup.entity;

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
 * A person's place in a group: she asks to join, a lead admits or declines her, she leaves when she wishes and may
 * ask again later. A lead is a member with {@code lead} set.
 */
@Entity
@Table(name = "group_membership")
@NamedQuery(name = GroupMembership.FIND, query = "SELECT m FROM GroupMembership m WHERE m.groupId = :group AND m.accountId = :account")
@NamedQuery(name = GroupMembership.OF_GROUP, query = "SELECT m FROM GroupMembership m WHERE m.groupId = :group AND m.status IN :statuses ORDER BY m.lead DESC, m.requestedAt, m.id")
@NamedQuery(name = GroupMembership.OF_ACCOUNT, query = "SELECT m FROM GroupMembership m WHERE m.accountId = :account AND m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER")
@NamedQuery(name = GroupMembership.COUNT_MEMBERS, query = "SELECT m.groupId, COUNT(m) FROM GroupMembership m WHERE m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER GROUP BY m.groupId")
@NamedQuery(name = GroupMembership.COUNT_LEADS, query = "SELECT COUNT(m) FROM GroupMembership m WHERE m.groupId = :group AND m.lead = TRUE AND m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER")
public class GroupMembership implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND = "GroupMembership.find";
    public static final String OF_GROUP = "GroupMembership.ofGroup";
    public static final String OF_ACCOUNT = "GroupMembership.ofAccount";
    public static final String COUNT_MEMBERS = "GroupMembership.countMembers";
    public static final String COUNT_LEADS = "GroupMembership.countLeads";

    public enum Status { REQUESTED, MEMBER, DECLINED, LEFT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "account_id")
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;

    @Column(name = "lead")
    private boolean lead;

    @Column(name = "motivation")
    private String motivation;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected GroupMembership() {
        // for JPA
    }

    /** A request to join. */
    public GroupMembership(long groupId, long accountId, String motivation, Instant now) {
        this.groupId = groupId;
        this.accountId = accountId;
        this.status = Status.REQUESTED;
        this.motivation = motivation;
        this.requestedAt = now;
    }

    /** A lead named by the coordinator: a member at once. */
    public static GroupMembership lead(long groupId, long accountId, Instant now) {
        GroupMembership membership = new GroupMembership(groupId, accountId, null, now);
        membership.status = Status.MEMBER;
        membership.lead = true;
        membership.decidedAt = now;
        return membership;
    }

    /** Asks again after leaving or being declined; a member or a pending request is refused. */
    public void askAgain(String motivation, Instant now) {
        if (status == Status.MEMBER) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.join.alreadyMember");
        }
        if (status == Status.REQUESTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.join.alreadyAsked");
        }
        this.status = Status.REQUESTED;
        this.lead = false;
        this.motivation = motivation;
        this.requestedAt = now;
        this.decidedAt = null;
    }

    public void admit(Instant now) {
        requirePending();
        status = Status.MEMBER;
        decidedAt = now;
    }

    public void decline(Instant now) {
        requirePending();
        status = Status.DECLINED;
        decidedAt = now;
    }

    public void leave(Instant now) {
        if (status != Status.MEMBER && status != Status.REQUESTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.leave.notMember");
        }
        status = Status.LEFT;
        lead = false;
        decidedAt = now;
    }

    /** Makes a member a lead (or a lead a plain member); a person outside the group becomes a member at once. */
    public void appointLead(boolean lead, Instant now) {
        if (status != Status.MEMBER) {
            status = Status.MEMBER;
            decidedAt = now;
        }
        this.lead = lead;
    }

    private void requirePending() {
        if (status != Status.REQUESTED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.join.notPending");
        }
    }

    public boolean isMember() {
        return status == Status.MEMBER;
    }

    public boolean isLeading() {
        return status == Status.MEMBER && lead;
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public long getAccountId() { return accountId; }
    public Status getStatus() { return status; }
    public boolean isLead() { return lead; }
    public String getMotivation() { return motivation; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
