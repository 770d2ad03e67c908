package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.workinggroup.entity.ActionItem;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDocument;
import eu.socialmap.workinggroup.entity.Standing;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a meeting leaves behind: who came (and for which organisation that day), the minutes (written here or
 * attached as a file, approved by a lead, then read by every member), the meeting's files, the action items that
 * follow the group from meeting to meeting, and a group's year for the network's annual report. Members see what
 * concerns their group; nothing here is shown to visitors or to people of other groups.
 */
@Stateless
@PermitAll
public class MeetingRecords {

    static final int MINUTES_MAX = 200_000;
    static final int DESCRIPTION_MAX = 500;
    static final int GROUP_DOCUMENTS_MAX = 200;

    private static final String ACTION_ROWS = "SELECT a, m.title, m.startsAt, o.displayName FROM ActionItem a "
            + "JOIN Meeting m ON m.id = a.meetingId LEFT JOIN Account o ON o.id = a.ownerAccountId ";
    private static final String OPEN_ACTIONS_OF_GROUP = ACTION_ROWS + "WHERE a.groupId = :id AND a.doneAt IS NULL ORDER BY a.id";
    private static final String ACTIONS_OF_MEETING = ACTION_ROWS + "WHERE a.meetingId = :id ORDER BY a.id";

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    WorkingGroups groups;

    @Inject
    AuditTrail audit;

    @Inject
    DataDirectory dataDirectory;

    /** Files are written and deleted outside the database: the registry tells whether the change committed. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();

    /** A person present at a meeting, with the organisation she came for. */
    public record Attendee(long accountId, String name, Long organisationId, String organisation) implements Serializable {
    }

    /**
     * The minutes as the signed-in member may see them: the text only once approved (leads and the draft's
     * author read drafts), who wrote and approved them, and what she may do with them.
     */
    public record Minutes(long meetingId, Meeting.MinutesStatus status, String html, String authorName,
                          String approverName, Instant approvedAt, boolean mayApprove, boolean mayEdit)
            implements Serializable {
    }

    /** An action item with its meeting and its owner's name, and whether the signed-in person may tick it off. */
    public record ActionRow(long id, long meetingId, String meetingTitle, Instant meetingStartsAt, String description,
                            Long ownerAccountId, String ownerName, LocalDate dueOn, Instant doneAt,
                            boolean mayComplete) implements Serializable {
    }

    // ---------------------------------------------------------------- attendance

    /**
     * A lead records who came; recording again replaces the previous list. Each person is recorded with her
     * organisation of that day, so the year's figures do not change when she later moves to another one.
     */
    public void recordAttendance(long meetingId, Set<Long> presentAccountIds) {
        Meeting meeting = locked(meetingId);
        Account lead = groups.requireLead(meeting.getGroupId());
        if (meeting.getStatus() != Meeting.Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.attendance.notHeld");
        }
        if (meeting.getStartsAt().atZone(Messages.NETWORK_ZONE).toLocalDate().isAfter(today())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.attendance.notYet");
        }
        Set<Long> present = presentAccountIds == null ? Set.of() : new HashSet<>(presentAccountIds);
        Map<Long, Long> organisations = organisationsOfMembers(meeting.getGroupId());
        if (!organisations.keySet().containsAll(present)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "workinggroup.attendance.notMember");
        }
        em.createNativeQuery("DELETE FROM meeting_attendance WHERE meeting_id = ?").setParameter(1, meetingId)
                .executeUpdate();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Long accountId : present) {
            em.createNativeQuery("INSERT INTO meeting_attendance (meeting_id, account_id, organisation_id, recorded_at) "
                            + "VALUES (?, ?, ?, ?)")
                    .setParameter(1, meetingId).setParameter(2, accountId).setParameter(3, organisations.get(accountId))
                    .setParameter(4, now).executeUpdate();
        }
        audit.record(lead.getId(), "workinggroup.attendanceRecorded", "meeting", meetingId, String.valueOf(present.size()));
    }

    /** Who came, by organisation then name (members of the group only). */
    public List<Attendee> attendance(long meetingId) {
        Meeting meeting = find(meetingId);
        groups.requireMember(meeting.getGroupId());
        List<Attendee> attendees = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT a.id, a.display_name, o.id, o.short_name FROM meeting_attendance p "
                        + "JOIN account a ON a.id = p.account_id LEFT JOIN organisation o ON o.id = p.organisation_id "
                        + "WHERE p.meeting_id = ? ORDER BY o.short_name, a.display_name, a.id")
                .setParameter(1, meetingId).getResultList())) {
            attendees.add(new Attendee(number(row[0]), (String) row[1], row[2] == null ? null : number(row[2]),
                    (String) row[3]));
        }
        return attendees;
    }

    /** The current members of the group and their organisations today, in one query. */
    private Map<Long, Long> organisationsOfMembers(long groupId) {
        Map<Long, Long> organisations = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.organisationId FROM GroupMembership m, Account a WHERE a.id = m.accountId "
                        + "AND m.groupId = :group AND m.status = eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER",
                        Object[].class)
                .setParameter("group", groupId).getResultList()) {
            organisations.put((Long) row[0], (Long) row[1]);
        }
        return organisations;
    }

    // ---------------------------------------------------------------- minutes

    /** A lead approves the draft (text or file): from now on every member reads the minutes. */
    public Meeting approveMinutes(long meetingId) {
        Meeting meeting = locked(meetingId);
        Account lead = groups.requireLead(meeting.getGroupId());
        if (!hasText(meeting) && !hasMinutesFile(meetingId)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.minutes.nothingWritten");
        }
        meeting.approveMinutes(lead.getId(), clock.instant());
        audit.record(lead.getId(), "workinggroup.minutesApproved", "meeting", meetingId, meeting.getTitle());
        return meeting;
    }

    /**
     * The minutes for a member of the group; a refusal (never the content) for anyone else. Members read approved
     * minutes only; leads and the draft's author also read the draft.
     */
    public Minutes minutes(long meetingId) {
        Meeting meeting = find(meetingId);
        Account caller = groups.requireMember(meeting.getGroupId());
        Standing standing = groups.standingOf(Optional.of(caller), meeting.getGroupId());
        boolean readable = standing.leads() || meeting.hasApprovedMinutes() || isAuthor(meeting, caller);
        Map<Long, String> names = names(meeting.getMinutesWrittenBy(), meeting.getMinutesApprovedBy());
        boolean mayApprove = standing.leads() && meeting.getMinutesStatus() == Meeting.MinutesStatus.DRAFT
                && (hasText(meeting) || hasMinutesFile(meetingId));
        return new Minutes(meetingId, meeting.getMinutesStatus(), readable ? meeting.getMinutesHtml() : null,
                names.get(meeting.getMinutesWrittenBy()), names.get(meeting.getMinutesApprovedBy()),
                meeting.getMinutesApprovedAt(), mayApprove, mayEditMinutes(meeting, caller, standing));
    }

    /**
     * Who may change the minutes: any member starts them; a draft is its author's (or a lead's); approved minutes
     * only a lead re-opens, since changing them hides them from the members again until approved.
     */
    private static boolean mayEditMinutes(Meeting meeting, Account caller, Standing standing) {
        if (meeting.getStatus() != Meeting.Status.CONFIRMED || !standing.isMember()) {
            return false;
        }
        return switch (meeting.getMinutesStatus()) {
            case NONE -> true;
            case DRAFT -> standing.leads() || isAuthor(meeting, caller);
            case APPROVED -> standing.leads();
        };
    }

    private static boolean isAuthor(Meeting meeting, Account caller) {
        return meeting.getMinutesStatus() == Meeting.MinutesStatus.DRAFT
                && caller.getId().equals(meeting.getMinutesWrittenBy());
    }

    private static boolean hasText(Meeting meeting) {
        return meeting.getMinutesHtml() != null && !meeting.getMinutesHtml().isBlank();
    }

    private boolean hasMinutesFile(long meetingId) {
        return em.createQuery("SELECT COUNT(d) FROM MeetingDocument d WHERE d.meetingId = :meeting "
                        + "AND d.kind = eu.socialmap.workinggroup.entity.MeetingDocument.Kind.MINUTES", Long.class)
                .setParameter("meeting", meetingId).getSingleResult() > 0;
    }

    // ---------------------------------------------------------------- action items

    /** A lead notes an action decided at the meeting, owned by a member of the group (or nobody yet). */
    public ActionItem addAction(long meetingId, String description, Long ownerAccountId, LocalDate dueOn) {
        Meeting meeting = find(meetingId);
        Account lead = groups.requireLead(meeting.getGroupId());
        if (meeting.getStatus() != Meeting.Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.action.notHeld");
        }
        InputCheck input = new InputCheck();
        String text = input.text("description", description, DESCRIPTION_MAX, true);
        if (ownerAccountId != null && !organisationsOfMembers(meeting.getGroupId()).containsKey(ownerAccountId)) {
            input.refuse("owner", "workinggroup.action.ownerNotMember");
        }
        if (dueOn != null && dueOn.isBefore(meeting.getStartsAt().atZone(Messages.NETWORK_ZONE).toLocalDate())) {
            input.refuse("dueOn", "workinggroup.action.dueBeforeMeeting");
        }
        input.throwIfAny();
        ActionItem action = new ActionItem(meeting.getGroupId(), meetingId, text, ownerAccountId, dueOn, clock.instant());
        em.persist(action);
        em.flush();
        audit.record(lead.getId(), "workinggroup.actionAdded", "action_item", action.getId(), text);
        return action;
    }

    /** A lead or the action's owner ticks it off; it leaves the following agendas. */
    public void completeAction(long actionId) {
        ActionItem action = em.find(ActionItem.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.action.notFound");
        }
        Account caller = groups.caller();
        Standing standing = groups.standingOf(Optional.of(caller), action.getGroupId());
        if (!standing.isMember()) {
            // the same answer as for an id that does not exist: ids of other groups reveal nothing
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.action.notFound");
        }
        if (!mayComplete(action.getOwnerAccountId(), caller, standing)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.action.notYours");
        }
        action.markDone(clock.instant());
        audit.record(caller.getId(), "workinggroup.actionCompleted", "action_item", actionId, action.getDescription());
    }

    /** The group's open actions, earliest due first (those without a date last): every agenda carries them. */
    public List<ActionRow> openActions(long groupId) {
        Account caller = groups.requireMember(groupId);
        List<ActionRow> rows = actionRows(caller, groupId, OPEN_ACTIONS_OF_GROUP, groupId);
        rows.sort(Comparator.comparing(ActionRow::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ActionRow::id));
        return rows;
    }

    /** The actions decided at this meeting, done or not. */
    public List<ActionRow> actionsOf(long meetingId) {
        Meeting meeting = find(meetingId);
        Account caller = groups.requireMember(meeting.getGroupId());
        return actionRows(caller, meeting.getGroupId(), ACTIONS_OF_MEETING, meetingId);
    }

    /** The open actions decided at earlier meetings of the group: the part of this meeting's agenda they make. */
    public List<ActionRow> carriedOver(long meetingId) {
        Meeting meeting = find(meetingId);
        List<ActionRow> open = openActions(meeting.getGroupId());
        if (meeting.getStartsAt() == null) {
            return open;
        }
        return open.stream().filter(a -> a.meetingId() != meetingId && a.meetingStartsAt() != null
                && a.meetingStartsAt().isBefore(meeting.getStartsAt())).toList();
    }

    /** Action items with their meeting and owner in one query (one of the two queries above). */
    private List<ActionRow> actionRows(Account caller, long groupId, String query, long id) {
        Standing standing = groups.standingOf(Optional.of(caller), groupId);
        List<ActionRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery(query, Object[].class)
                .setParameter("id", id).getResultList()) {
            ActionItem action = (ActionItem) row[0];
            rows.add(new ActionRow(action.getId(), action.getMeetingId(), (String) row[1], (Instant) row[2],
                    action.getDescription(), action.getOwnerAccountId(), (String) row[3], action.getDueOn(),
                    action.getDoneAt(), action.getDoneAt() == null
                    && mayComplete(action.getOwnerAccountId(), caller, standing)));
        }
        return rows;
    }

    private static boolean mayComplete(Long owner, Account caller, Standing standing) {
        return standing.leads() || (standing.isMember() && caller.getId().equals(owner));
    }

    // ---------------------------------------------------------------- shared

    private Meeting find(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.notFound");
        }
        return meeting;
    }

    /** The meeting, locked until the end of the transaction: two leads recording at once do not mix their lists. */
    private Meeting locked(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.notFound");
        }
        return meeting;
    }

    /** Display names of a few accounts in one query (a deleted account has none). */
    private Map<Long, String> names(Long... accountIds) {
        List<Long> ids = java.util.Arrays.stream(accountIds).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : em.createQuery("SELECT a.id, a.displayName FROM Account a WHERE a.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            names.put((Long) row[0], (String) row[1]);
        }
        return names;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
    }

    /**
     * Runs {@code onEnd} once the transaction has ended, with whether it committed. Outside a container (services
     * wired by hand in tests) there is no JTA transaction to wait for: it runs at once, as if committed.
     */
    private void afterCompletion(Consumer<Boolean> onEnd) {
        if (transactions == null) {
            onEnd.accept(true);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before: files follow the outcome
            }

            @Override
            public void afterCompletion(int status) {
                onEnd.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
