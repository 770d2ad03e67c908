package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.DataDirectory;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.control.TransactionEnd;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.workinggroup.control.MeetingEntries;
import eu.socialmap.workinggroup.control.MeetingFiles;
import eu.socialmap.workinggroup.control.MinutesHtml;
import eu.socialmap.workinggroup.control.YearReport;
import eu.socialmap.workinggroup.entity.ActionItem;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDocument;
import eu.socialmap.workinggroup.entity.Standing;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a meeting leaves behind: who came (and for which organisation that day), the minutes (written here or
 * attached as a file, approved by a lead, then read by every member), the meeting's files, the action items that
 * follow the group from meeting to meeting, and a group's year for the network's annual report. Members see what
 * concerns their group; nothing here is shown to visitors or to people of other groups.
 */
@Stateless
@PermitAll
public class MeetingRecords {

    private static final Logger LOG = Logger.getLogger(MeetingRecords.class.getName());

    static final int DESCRIPTION_MAX = 500;
    static final int GROUP_DOCUMENTS_MAX = 200;
    static final int FIRST_YEAR = 2000;

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

    /** A file to send: its name, type and size, and its content to open (and close) once. */
    public record Download(long documentId, String fileName, String contentType, long size, String sha256,
                           Content content) {

        /** The stored bytes; the caller closes the stream. */
        public InputStream open() throws IOException {
            return content.open();
        }
    }

    /** The content of a stored file, opened when the reply is written. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    /** One of a group's latest files, with the meeting it belongs to. */
    public record GroupDocument(long documentId, String fileName, MeetingDocument.Kind kind, String contentType,
                                long sizeBytes, Instant uploadedAt, long meetingId, String meetingTitle,
                                Instant meetingStartsAt) implements Serializable {
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

    /**
     * A member drafts the minutes (or, being allowed to, corrects them): the text is sanitised before it is stored
     * and waits for a lead's approval; the author is recorded.
     */
    public Meeting writeMinutes(long meetingId, String html) {
        Meeting meeting = locked(meetingId);
        Account author = groups.requireMember(meeting.getGroupId());
        requireMayEditMinutes(meeting, author);
        InputCheck input = new InputCheck();
        String sanitised = checkedMinutes(input, html);
        input.throwIfAny();
        meeting.writeMinutes(sanitised, author.getId(), clock.instant());
        audit.record(author.getId(), "workinggroup.minutesWritten", "meeting", meetingId, meeting.getTitle());
        return meeting;
    }

    /**
     * The sanitised minutes, or null after recording why not. The length is checked first, so an enormous text is
     * refused before the sanitiser spends time on it.
     */
    private static String checkedMinutes(InputCheck input, String html) {
        if (html == null || html.isBlank()) {
            input.refuse("minutes", "input.required");
            return null;
        }
        if (html.length() > MinutesHtml.MAX_LENGTH) {
            input.refuse("minutes", "input.tooLong", MinutesHtml.MAX_LENGTH, html.length());
            return null;
        }
        String sanitised = MinutesHtml.sanitise(html);
        if (MinutesHtml.isBlank(sanitised)) {
            // only markup, or only what the sanitiser removed (a script, an image)
            input.refuse("minutes", "workinggroup.minutes.empty");
            return null;
        }
        return sanitised;
    }

    /** A meeting that was not held is the entity's refusal; here, who may touch minutes that exist. */
    private void requireMayEditMinutes(Meeting meeting, Account caller) {
        Standing standing = groups.standingOf(Optional.of(caller), meeting.getGroupId());
        if (meeting.getStatus() == Meeting.Status.CONFIRMED && !mayEditMinutes(meeting, caller, standing)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.minutes.notYours");
        }
    }

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

    // ---------------------------------------------------------------- files

    /**
     * A member attaches a file to a meeting: a document anyone in the group reads, or the minutes as a file
     * (then they await a lead's approval like written ones, and follow the same rule on who may change them).
     * The content decides the type (PDF, ODT or DOCX, 10 MB at most), not the name.
     */
    public MeetingDocument attach(long meetingId, MeetingDocument.Kind kind, String fileName, byte[] content) {
        Meeting meeting = locked(meetingId);
        Account uploader = groups.requireMember(meeting.getGroupId());
        if (kind == null) {
            InputCheck input = new InputCheck();
            input.refuse("kind", "input.required");
            input.throwIfAny();
        }
        if (meeting.getStatus() == Meeting.Status.CANCELLED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.document.cancelled");
        }
        if (kind == MeetingDocument.Kind.MINUTES) {
            requireMayEditMinutes(meeting, uploader);
        }
        MeetingFiles files = files();
        MeetingFiles.Checked checked = files.check(fileName, content);
        Instant now = clock.instant();
        if (kind == MeetingDocument.Kind.MINUTES) {
            meeting.minutesFileAttached(uploader.getId(), now);
        }
        return stored(files, meeting, kind, checked, content, uploader, now);
    }

    /**
     * Writes the file, then its row. The file needs its name before the row can hold it, so it comes first; it
     * must not outlive a row that never commits: deleted at once if the row cannot be written here, and, in the
     * container, whenever the transaction rolls back later (another bean of the same transaction may fail after
     * this one returned). A file without a row is never served; a row without its file would be a broken link.
     */
    private MeetingDocument stored(MeetingFiles files, Meeting meeting, MeetingDocument.Kind kind,
                                   MeetingFiles.Checked checked, byte[] content, Account uploader, Instant now) {
        String storedName = files.store(content);
        try {
            TransactionEnd.afterCompletion(transactions, committed -> {
                if (!committed) {
                    deleteQuietly(files, storedName);
                }
            });
            MeetingDocument document = new MeetingDocument(meeting.getId(), kind, checked.fileName(),
                    checked.type().contentType(), content.length, storedName, MeetingFiles.sha256(content),
                    uploader.getId(), now);
            em.persist(document);
            em.flush();
            audit.record(uploader.getId(), "workinggroup.documentAttached", "meeting_document", document.getId(),
                    kind + " " + checked.fileName());
            return document;
        } catch (RuntimeException failed) {
            deleteQuietly(files, storedName);
            throw failed;
        }
    }

    /**
     * The file, if the signed-in person may read it; otherwise the answer an id that does not exist gets, so that
     * nobody learns by trying ids which files exist in groups she is not in.
     */
    public Download download(long documentId) {
        MeetingDocument document = em.find(MeetingDocument.class, documentId);
        Meeting meeting = document == null ? null : em.find(Meeting.class, document.getMeetingId());
        if (meeting == null || !mayRead(document, meeting)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.document.notFound");
        }
        MeetingFiles files = files();
        String storedName = document.getStoredName();
        return new Download(document.getId(), document.getFileName(), document.getContentType(), document.getSizeBytes(),
                document.getSha256(), () -> files.open(storedName));
    }

    /** The meeting's files the signed-in member may read (minutes files once approved, her own uploads always). */
    public List<MeetingDocument> documents(long meetingId) {
        Meeting meeting = find(meetingId);
        Account caller = groups.requireMember(meeting.getGroupId());
        Standing standing = groups.standingOf(Optional.of(caller), meeting.getGroupId());
        return em.createNamedQuery(MeetingDocument.OF_MEETING, MeetingDocument.class).setParameter("meeting", meetingId)
                .getResultList().stream().filter(d -> mayRead(d, meeting, caller, standing)).toList();
    }

    /** The group's latest files the signed-in member may read, with their meetings, newest first, in one query. */
    public List<GroupDocument> groupDocuments(long groupId, int max) {
        Account caller = groups.requireMember(groupId);
        Standing standing = groups.standingOf(Optional.of(caller), groupId);
        List<GroupDocument> documents = new ArrayList<>();
        // the rule of MeetingDocument.isReadableBy (and of one's own uploads) in the query, so that max counts
        for (Object[] row : em.createQuery("SELECT d, m.title, m.startsAt FROM MeetingDocument d, Meeting m "
                        + "WHERE m.id = d.meetingId AND m.groupId = :group AND (:all = TRUE "
                        + "OR d.kind = eu.socialmap.workinggroup.entity.MeetingDocument.Kind.DOCUMENT "
                        + "OR m.minutesStatus = eu.socialmap.workinggroup.entity.Meeting.MinutesStatus.APPROVED "
                        + "OR d.uploadedBy = :caller) ORDER BY d.uploadedAt DESC, d.id DESC", Object[].class)
                .setParameter("group", groupId).setParameter("all", standing.leads())
                .setParameter("caller", caller.getId())
                .setMaxResults(Math.max(1, Math.min(max, GROUP_DOCUMENTS_MAX))).getResultList()) {
            MeetingDocument document = (MeetingDocument) row[0];
            documents.add(new GroupDocument(document.getId(), document.getFileName(), document.getKind(),
                    document.getContentType(), document.getSizeBytes(), document.getUploadedAt(), document.getMeetingId(),
                    (String) row[1], (Instant) row[2]));
        }
        return documents;
    }

    /**
     * A lead, or the person who uploaded it, removes a file (approved minutes only a lead: removing them changes
     * what the members read). The row goes now; the file only once the removal has committed: if the
     * transaction rolled back, the row would still point to it. If deleting fails after the commit, the file
     * remains as an orphan nobody can reach (no row names it), which costs disk space but loses nothing.
     */
    public void removeDocument(long documentId) {
        MeetingDocument document = em.find(MeetingDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        Meeting meeting = document == null ? null : em.find(Meeting.class, document.getMeetingId());
        if (meeting == null || !mayRead(document, meeting)) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.document.notFound");
        }
        Account caller = groups.caller();
        Standing standing = groups.standingOf(Optional.of(caller), meeting.getGroupId());
        boolean own = caller.getId() == document.getUploadedBy()
                && (document.getKind() == MeetingDocument.Kind.DOCUMENT || !meeting.hasApprovedMinutes());
        if (!standing.leads() && !own) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "workinggroup.document.notYours");
        }
        em.remove(document);
        em.flush();
        audit.record(caller.getId(), "workinggroup.documentRemoved", "meeting_document", documentId,
                document.getKind() + " " + document.getFileName());
        MeetingFiles files = files();
        String storedName = document.getStoredName();
        TransactionEnd.afterCompletion(transactions, committed -> {
            if (committed) {
                deleteQuietly(files, storedName);
            }
        });
    }

    private boolean mayRead(MeetingDocument document, Meeting meeting) {
        Standing standing = groups.standing(meeting.getGroupId());
        return standing.isMember() && mayRead(document, meeting, groups.caller(), standing);
    }

    /** The entity's rule, and the uploader reads her own file (a draft of minutes she attached, say). */
    private static boolean mayRead(MeetingDocument document, Meeting meeting, Account caller, Standing standing) {
        return standing.isMember() && (document.isReadableBy(true, standing.leads(), meeting)
                || caller.getId() == document.getUploadedBy());
    }

    /** Meeting files live outside the web root, below the node's data directory. */
    private MeetingFiles files() {
        return new MeetingFiles(dataDirectory.resolve("documents"));
    }

    private static void deleteQuietly(MeetingFiles files, String storedName) {
        try {
            files.delete(storedName);
        } catch (UncheckedIOException e) {
            // an orphan file is never served (no row names it): log it, do not fail a committed change
            LOG.log(Level.WARNING, "Meeting file " + storedName + " could not be deleted", e);
        }
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

    // ---------------------------------------------------------------- a group's year

    /** The group's year as a PDF for the annual report (leads and coordinators). */
    public byte[] yearPdf(long groupId, int year, Language language) {
        WorkingGroup group = groupForYear(groupId, year);
        return YearReport.pdf(new YearReport.Group(group.getName().in(language), year),
                yearMeetings(groupId, year, language), language);
    }

    /** The same as CSV: one row per meeting and organisation present, to count. */
    public void yearCsv(long groupId, int year, Language language, Writer out) {
        WorkingGroup group = groupForYear(groupId, year);
        YearReport.csv(new YearReport.Group(group.getName().in(language), year), yearMeetings(groupId, year, language),
                language, out);
    }

    private WorkingGroup groupForYear(long groupId, int year) {
        groups.requireLead(groupId);
        int last = Year.now(clock.withZone(Messages.NETWORK_ZONE)).getValue();
        if (year < FIRST_YEAR || year > last) {
            InputCheck input = new InputCheck();
            // as text: a year is not a number to group by thousands ("2 025")
            input.refuse("year", "workinggroup.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(last));
            input.throwIfAny();
        }
        return groups.group(groupId);
    }

    /**
     * The meetings held that year (in Brussels): confirmed and begun. Cancelled meetings and those still to come
     * are left out, since the report counts meetings and presences held. Each with who came (one query for the
     * whole year) and its minutes only if approved.
     */
    private List<YearReport.Meeting> yearMeetings(long groupId, int year, Language language) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(Messages.NETWORK_ZONE).toInstant();
        Instant yearEnd = LocalDate.of(year + 1, 1, 1).atStartOfDay(Messages.NETWORK_ZONE).toInstant();
        Instant now = clock.instant();
        Instant to = now.isBefore(yearEnd) ? now : yearEnd;
        List<Meeting> meetings = em.createNamedQuery(Meeting.OF_GROUP_BETWEEN, Meeting.class).setParameter("group", groupId)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(m -> m.getStatus() == Meeting.Status.CONFIRMED).toList();
        Map<Long, List<YearReport.Attendee>> attendees = attendeesBetween(groupId, from, to);
        String status = Messages.get(language, "workinggroup.meeting.status." + Meeting.Status.CONFIRMED.name());
        List<YearReport.Meeting> report = new ArrayList<>();
        for (Meeting meeting : meetings) {
            report.add(new YearReport.Meeting(LocalDateTime.ofInstant(meeting.getStartsAt(), Messages.NETWORK_ZONE),
                    meeting.getTitle(), MeetingEntries.where(meeting), status,
                    attendees.getOrDefault(meeting.getId(), List.of()),
                    meeting.hasApprovedMinutes() ? meeting.getMinutesHtml() : null));
        }
        return report;
    }

    /** Who came to each meeting of the group that started in the period, by organisation then name. */
    private Map<Long, List<YearReport.Attendee>> attendeesBetween(long groupId, Instant from, Instant to) {
        Map<Long, List<YearReport.Attendee>> attendees = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("SELECT p.meeting_id, a.display_name, o.short_name FROM meeting_attendance p "
                        + "JOIN meeting m ON m.id = p.meeting_id JOIN account a ON a.id = p.account_id "
                        + "LEFT JOIN organisation o ON o.id = p.organisation_id "
                        + "WHERE m.group_id = ? AND m.starts_at >= ? AND m.starts_at < ? "
                        + "ORDER BY o.short_name, a.display_name, a.id")
                .setParameter(1, groupId).setParameter(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .setParameter(3, LocalDateTime.ofInstant(to, ZoneOffset.UTC)).getResultList())) {
            attendees.computeIfAbsent(number(row[0]), k -> new ArrayList<>())
                    .add(new YearReport.Attendee((String) row[1], (String) row[2]));
        }
        return attendees;
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

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
