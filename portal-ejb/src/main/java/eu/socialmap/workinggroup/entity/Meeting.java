package eu.socialmap.workinggroup.entity;

import eu.socialmap.platform.entity.BusinessException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of a working group. It starts as a date poll (several options) or straight at a date (a series'
 * occurrence); once confirmed it can be moved or cancelled, each time with a higher iCalendar sequence under the
 * same UID, so calendar clients update the event they already have instead of adding a second one.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.OF_GROUP_BETWEEN, query = "SELECT m FROM Meeting m WHERE m.groupId = :group "
        + "AND m.startsAt >= :from AND m.startsAt < :to ORDER BY m.startsAt, m.id")
@NamedQuery(name = Meeting.POLLS_OF_GROUP, query = "SELECT m FROM Meeting m WHERE m.groupId = :group "
        + "AND m.status = eu.socialmap.workinggroup.entity.Meeting.Status.POLL ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(name = Meeting.UPCOMING_OF_GROUP, query = "SELECT m FROM Meeting m WHERE m.groupId = :group "
        + "AND m.startsAt >= :now ORDER BY m.startsAt, m.id")
@NamedQuery(name = Meeting.PAST_OF_GROUP, query = "SELECT m FROM Meeting m WHERE m.groupId = :group "
        + "AND m.startsAt < :now ORDER BY m.startsAt DESC, m.id DESC")
@NamedQuery(name = Meeting.COUNT_PAST_OF_GROUP, query = "SELECT COUNT(m) FROM Meeting m WHERE m.groupId = :group "
        + "AND m.startsAt < :now")
// the start itself, not MIN(startsAt): EclipseLink reads an aggregate as a Timestamp, which the Instant converter refuses
@NamedQuery(name = Meeting.NEXT_OF_GROUPS, query = "SELECT m.groupId, m.startsAt FROM Meeting m WHERE m.groupId IN :groups "
        + "AND m.status = eu.socialmap.workinggroup.entity.Meeting.Status.CONFIRMED AND m.startsAt = (SELECT MIN(n.startsAt) "
        + "FROM Meeting n WHERE n.groupId = m.groupId AND n.status = eu.socialmap.workinggroup.entity.Meeting.Status.CONFIRMED "
        + "AND n.startsAt >= :now)")
@NamedQuery(name = Meeting.OF_GROUPS_SINCE, query = "SELECT m FROM Meeting m WHERE m.groupId IN :groups "
        + "AND m.startsAt >= :since AND m.status <> eu.socialmap.workinggroup.entity.Meeting.Status.POLL ORDER BY m.startsAt, m.id")
public class Meeting implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_GROUP_BETWEEN = "Meeting.ofGroupBetween";
    public static final String POLLS_OF_GROUP = "Meeting.pollsOfGroup";
    public static final String UPCOMING_OF_GROUP = "Meeting.upcomingOfGroup";
    public static final String PAST_OF_GROUP = "Meeting.pastOfGroup";
    public static final String COUNT_PAST_OF_GROUP = "Meeting.countPastOfGroup";
    public static final String NEXT_OF_GROUPS = "Meeting.nextOfGroups";
    public static final String OF_GROUPS_SINCE = "Meeting.ofGroupsSince";

    public static final Duration MAX_LENGTH = Duration.ofHours(12);

    public enum Status { POLL, CONFIRMED, CANCELLED }

    public enum MinutesStatus { NONE, DRAFT, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "uid")
    private String uid;

    @Column(name = "sequence")
    private int sequence;

    @Column(name = "title")
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "host_organisation_id")
    private Long hostOrganisationId;

    @Column(name = "host_location_id")
    private Long hostLocationId;

    @Column(name = "address")
    private String address;

    @Column(name = "video_url")
    private String videoUrl;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "agenda")
    private String agenda;

    @Column(name = "minutes_html")
    private String minutesHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status")
    private MinutesStatus minutesStatus = MinutesStatus.NONE;

    @Column(name = "minutes_written_by")
    private Long minutesWrittenBy;

    @Column(name = "minutes_approved_by")
    private Long minutesApprovedBy;

    @Column(name = "minutes_approved_at")
    private Instant minutesApprovedAt;

    @Column(name = "reminder_due_at")
    private Instant reminderDueAt;

    @Column(name = "reminded_for")
    private Instant remindedFor;

    @Column(name = "created_by")
    private long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt")
    private List<MeetingOption> options = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Meeting() {
        // for JPA
    }

    private Meeting(long groupId, String title, MeetingDetails details, long createdBy, Instant now) {
        this.groupId = groupId;
        this.uid = UUID.randomUUID() + "@socialmap";
        this.title = title;
        place(details);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A date poll: the members answer each option, then a lead confirms one. */
    public static Meeting poll(long groupId, String title, MeetingDetails details, List<TimeSlot> slots, long createdBy,
                               Instant now) {
        Meeting meeting = new Meeting(groupId, title, details, createdBy, now);
        meeting.status = Status.POLL;
        for (TimeSlot slot : slots) {
            meeting.options.add(new MeetingOption(meeting, slot));
        }
        return meeting;
    }

    /** A meeting whose date is known (one of a series, or set by the lead straight away). */
    public static Meeting scheduled(long groupId, Long seriesId, String title, MeetingDetails details, TimeSlot slot,
                                    long createdBy, Instant now) {
        Meeting meeting = new Meeting(groupId, title, details, createdBy, now);
        meeting.seriesId = seriesId;
        meeting.status = Status.CONFIRMED;
        meeting.startsAt = slot.start();
        meeting.endsAt = slot.end();
        return meeting;
    }

    /** Title, place, agenda and capacity; a change a calendar shows counts as a new version of the event. */
    public void describe(String title, MeetingDetails details, Instant now) {
        boolean visibleChange = !title.equals(this.title) || !java.util.Objects.equals(address, details.address())
                || !java.util.Objects.equals(videoUrl, details.videoUrl()) || !java.util.Objects.equals(agenda, details.agenda());
        this.title = title;
        place(details);
        if (visibleChange && status != Status.POLL) {
            sequence++;
        }
        updatedAt = now;
    }

    private void place(MeetingDetails details) {
        this.hostOrganisationId = details.hostOrganisationId();
        this.hostLocationId = details.hostLocationId();
        this.address = details.address();
        this.videoUrl = details.videoUrl();
        this.capacity = details.capacity();
        this.agenda = details.agenda();
    }

    public void confirm(long optionId, Instant now) {
        if (status != Status.POLL) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.meeting.notPoll");
        }
        MeetingOption chosen = options.stream().filter(o -> o.getId() == optionId).findFirst()
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.optionNotFound"));
        if (chosen.getStartsAt().isBefore(now)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.meeting.inPast");
        }
        status = Status.CONFIRMED;
        startsAt = chosen.getStartsAt();
        endsAt = chosen.getEndsAt();
        updatedAt = now;
    }

    public void move(TimeSlot slot, Instant now) {
        if (status != Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.meeting.notConfirmed");
        }
        if (slot.start().equals(startsAt) && slot.end().equals(endsAt)) {
            return;
        }
        startsAt = slot.start();
        endsAt = slot.end();
        sequence++;
        updatedAt = now;
    }

    public void cancel(Instant now) {
        if (status == Status.CANCELLED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.meeting.alreadyCancelled");
        }
        status = Status.CANCELLED;
        reminderDueAt = null;
        sequence++;
        updatedAt = now;
    }

    /** When the reminders go out: {@code days} before the start, none for a cancelled or past meeting. */
    public void scheduleReminder(int days) {
        reminderDueAt = status == Status.CONFIRMED && days > 0 && startsAt != null
                ? startsAt.minus(Duration.ofDays(days)) : null;
    }

    /** The reminders of this start are sent: the timer never picks the meeting again unless it moves. */
    public void markReminded() {
        remindedFor = startsAt;
        reminderDueAt = null;
    }

    public void writeMinutes(String sanitisedHtml, long authorId, Instant now) {
        if (status != Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.minutes.notHeld");
        }
        minutesHtml = sanitisedHtml;
        minutesStatus = MinutesStatus.DRAFT;
        minutesWrittenBy = authorId;
        minutesApprovedBy = null;
        minutesApprovedAt = null;
        updatedAt = now;
    }

    /** A lead approves the minutes (written here or attached as a file): from then on every member reads them. */
    public void approveMinutes(long leadId, Instant now) {
        if (minutesStatus != MinutesStatus.DRAFT) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.minutes.nothingToApprove");
        }
        minutesStatus = MinutesStatus.APPROVED;
        minutesApprovedBy = leadId;
        minutesApprovedAt = now;
        updatedAt = now;
    }

    /** A file of minutes was attached: the minutes await approval like written ones. */
    public void minutesFileAttached(long authorId, Instant now) {
        if (status != Status.CONFIRMED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.minutes.notHeld");
        }
        if (minutesStatus == MinutesStatus.NONE || minutesStatus == MinutesStatus.APPROVED) {
            minutesStatus = MinutesStatus.DRAFT;
            minutesWrittenBy = authorId;
            minutesApprovedBy = null;
            minutesApprovedAt = null;
        }
        updatedAt = now;
    }

    public boolean hasApprovedMinutes() {
        return minutesStatus == MinutesStatus.APPROVED;
    }

    public boolean isPast(Instant now) {
        return startsAt != null && !startsAt.isAfter(now);
    }

    public Long getId() { return id; }
    public long getGroupId() { return groupId; }
    public Long getSeriesId() { return seriesId; }
    public String getUid() { return uid; }
    public int getSequence() { return sequence; }
    public String getTitle() { return title; }
    public Status getStatus() { return status; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public Long getHostOrganisationId() { return hostOrganisationId; }
    public Long getHostLocationId() { return hostLocationId; }
    public String getAddress() { return address; }
    public String getVideoUrl() { return videoUrl; }
    public Integer getCapacity() { return capacity; }
    public String getAgenda() { return agenda; }
    public String getMinutesHtml() { return minutesHtml; }
    public MinutesStatus getMinutesStatus() { return minutesStatus; }
    public Long getMinutesWrittenBy() { return minutesWrittenBy; }
    public Long getMinutesApprovedBy() { return minutesApprovedBy; }
    public Instant getMinutesApprovedAt() { return minutesApprovedAt; }
    public Instant getReminderDueAt() { return reminderDueAt; }
    public Instant getRemindedFor() { return remindedFor; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<MeetingOption> getOptions() { return options; }
    public long getVersion() { return version; }
}
