package eu.socialmap.workinggroup.boundary;

import eu.socialmap.directory.entity.Location;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.boundary.AuditTrail;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.workinggroup.control.GroupRoster;
import eu.socialmap.workinggroup.control.PollSummary;
import eu.socialmap.workinggroup.entity.Answer;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDetails;
import eu.socialmap.workinggroup.entity.MeetingOption;
import eu.socialmap.workinggroup.entity.MeetingSeries;
import eu.socialmap.workinggroup.entity.MonthlyRule;
import eu.socialmap.workinggroup.entity.Standing;
import eu.socialmap.workinggroup.entity.TimeSlot;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scheduling a group's meetings: a lead proposes dates, members answer each one (and may change their answer),
 * the lead confirms the best; or the lead sets a date, or a monthly series. Confirmations, moves and cancellations
 * reach every member by mail with an invitation file, and calendar feeds through the meeting's UID and sequence.
 */
@Stateless
@PermitAll
public class Meetings {

    static final int MAX_OPTIONS = 10;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    WorkingGroups groups;

    @Inject
    MeetingNotices notices;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A poll as a member sees it: the counts, the best option, everybody's answers and her own. */
    public record Poll(Meeting meeting, PollSummary summary, List<GroupRoster.Member> members,
                       Map<Long, Map<Long, Answer>> answers, Map<Long, Answer> mine) implements Serializable {
    }

    /** A place of the social map where a meeting can be hosted: an accepted organisation's location. */
    public record HostPlace(long organisationId, long locationId, String label) implements Serializable {
    }

    /** The meeting, if the signed-in person may see it (members of its group; a visitor sees nothing of it). */
    public Meeting meeting(long meetingId) {
        Meeting meeting = find(meetingId);
        groups.requireMember(meeting.getGroupId());
        return meeting;
    }

    Meeting find(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.notFound");
        }
        return meeting;
    }

    public List<Meeting> upcoming(long groupId, int max) {
        groups.requireMember(groupId);
        return em.createNamedQuery(Meeting.UPCOMING_OF_GROUP, Meeting.class).setParameter("group", groupId)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    public List<Meeting> past(long groupId, int first, int max) {
        groups.requireMember(groupId);
        return em.createNamedQuery(Meeting.PAST_OF_GROUP, Meeting.class).setParameter("group", groupId)
                .setParameter("now", clock.instant()).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long pastCount(long groupId) {
        groups.requireMember(groupId);
        return em.createNamedQuery(Meeting.COUNT_PAST_OF_GROUP, Long.class).setParameter("group", groupId)
                .setParameter("now", clock.instant()).getSingleResult();
    }

    public List<Meeting> polls(long groupId) {
        groups.requireMember(groupId);
        return em.createNamedQuery(Meeting.POLLS_OF_GROUP, Meeting.class).setParameter("group", groupId)
                .setMaxResults(20).getResultList();
    }

    /** A lead proposes several dates; the members are asked to answer. */
    public Meeting propose(long groupId, String title, List<TimeSlot> slots, MeetingDetails details) {
        Account lead = groups.requireLead(groupId);
        InputCheck input = new InputCheck();
        String checkedTitle = input.text("title", title, 200, true);
        List<TimeSlot> checkedSlots = checkSlots(input, slots, 2, MAX_OPTIONS);
        MeetingDetails checkedDetails = checkDetails(input, details);
        input.throwIfAny();
        Meeting meeting = Meeting.poll(groupId, checkedTitle, checkedDetails, checkedSlots, lead.getId(), clock.instant());
        em.persist(meeting);
        em.flush();
        notices.pollOpened(meeting, groups.group(groupId), recipients(groupId));
        audit.record(lead.getId(), "workinggroup.meetingProposed", "meeting", meeting.getId(), checkedTitle);
        return meeting;
    }

    /** A lead sets one date straight away: the members are invited. */
    public Meeting schedule(long groupId, String title, TimeSlot slot, MeetingDetails details) {
        Account lead = groups.requireLead(groupId);
        InputCheck input = new InputCheck();
        String checkedTitle = input.text("title", title, 200, true);
        List<TimeSlot> checked = checkSlots(input, slot == null ? List.of() : List.of(slot), 1, 1);
        MeetingDetails checkedDetails = checkDetails(input, details);
        input.throwIfAny();
        WorkingGroup group = groups.group(groupId);
        Meeting meeting = Meeting.scheduled(groupId, null, checkedTitle, checkedDetails, checked.get(0), lead.getId(),
                clock.instant());
        meeting.scheduleReminder(group.getReminderDays());
        em.persist(meeting);
        em.flush();
        notices.invited(meeting, group, recipients(groupId));
        audit.record(lead.getId(), "workinggroup.meetingScheduled", "meeting", meeting.getId(), checkedTitle);
        return meeting;
    }

    /**
     * A monthly series ("the first Tuesday of the month") from one date to another, without the skipped dates;
     * each occurrence is a meeting of its own, which the lead can move or cancel later.
     */
    public List<Meeting> scheduleSeries(long groupId, String title, MonthlyRule rule, LocalTime start, int minutes,
                                        LocalDate first, LocalDate last, Set<LocalDate> skipped, MeetingDetails details) {
        Account lead = groups.requireLead(groupId);
        InputCheck input = new InputCheck();
        String checkedTitle = input.text("title", title, 200, true);
        MeetingDetails checkedDetails = checkDetails(input, details);
        LocalDate today = LocalDate.now(clock.withZone(Messages.NETWORK_ZONE));
        if (start == null) {
            input.refuse("startTime", "input.required");
        }
        if (minutes < 15 || minutes > Meeting.MAX_LENGTH.toMinutes()) {
            input.refuse("duration", "workinggroup.series.duration");
        }
        List<LocalDate> dates = List.of();
        if (first == null || last == null) {
            input.refuse(first == null ? "firstDate" : "lastDate", "input.required");
        } else if (first.isBefore(today)) {
            input.refuse("firstDate", "workinggroup.meeting.inPast");
        } else if (last.isBefore(first)) {
            input.refuse("lastDate", "workinggroup.series.lastBeforeFirst");
        } else {
            dates = rule.datesBetween(first, last, skipped);
            if (dates.isEmpty()) {
                input.refuse("lastDate", "workinggroup.series.empty");
            } else if (dates.size() > MonthlyRule.MAX_OCCURRENCES) {
                input.refuse("lastDate", "workinggroup.series.tooMany", MonthlyRule.MAX_OCCURRENCES);
            }
        }
        input.throwIfAny();
        WorkingGroup group = groups.group(groupId);
        Instant now = clock.instant();
        MeetingSeries series = new MeetingSeries(groupId, rule, start, minutes, first, last, now);
        em.persist(series);
        em.flush();
        List<Meeting> meetings = new ArrayList<>();
        for (LocalDate date : dates) {
            Instant begins = LocalDateTime.of(date, start).atZone(Messages.NETWORK_ZONE).toInstant();
            Meeting meeting = Meeting.scheduled(groupId, series.getId(), checkedTitle, checkedDetails,
                    new TimeSlot(begins, begins.plus(minutes, ChronoUnit.MINUTES)), lead.getId(), now);
            meeting.scheduleReminder(group.getReminderDays());
            em.persist(meeting);
            meetings.add(meeting);
        }
        em.flush();
        notices.seriesScheduled(meetings, group, recipients(groupId));
        audit.record(lead.getId(), "workinggroup.seriesScheduled", "meeting_series", series.getId(),
                checkedTitle + " ×" + meetings.size());
        return meetings;
    }

    public Poll poll(long meetingId) {
        Meeting meeting = meeting(meetingId);
        Account caller = groups.caller();
        List<GroupRoster.Member> members = GroupRoster.people(em, meeting.getGroupId(), GroupRoster.CURRENT);
        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        List<Long> optionIds = meeting.getOptions().stream().map(MeetingOption::getId).toList();
        if (!optionIds.isEmpty()) {
            List<?> rows = em.createNativeQuery("SELECT option_id, account_id, answer FROM meeting_answer WHERE option_id IN ("
                    + "SELECT id FROM meeting_option WHERE meeting_id = ?)").setParameter(1, meetingId).getResultList();
            for (Object[] row : rows.stream().map(Object[].class::cast).toList()) {
                answers.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                        .put(((Number) row[1]).longValue(), Answer.valueOf((String) row[2]));
            }
        }
        // answers of people who left the group are not counted
        Set<Long> current = new HashSet<>(members.stream().map(GroupRoster.Member::accountId).toList());
        answers.values().forEach(byPerson -> byPerson.keySet().retainAll(current));
        Map<Long, Answer> mine = new HashMap<>();
        answers.forEach((option, byPerson) -> Optional.ofNullable(byPerson.get(caller.getId())).ifPresent(a -> mine.put(option, a)));
        List<PollSummary.Option> options = meeting.getOptions().stream()
                .map(o -> new PollSummary.Option(o.getId(), o.getStartsAt(), o.getEndsAt())).toList();
        return new Poll(meeting, PollSummary.of(options, answers), members, answers, mine);
    }

    /** A member answers the poll, option by option; answering again replaces her previous answers. */
    public void answer(long meetingId, Map<Long, Answer> answers) {
        Meeting meeting = find(meetingId);
        Account member = groups.requireMember(meeting.getGroupId());
        if (meeting.getStatus() != Meeting.Status.POLL) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.meeting.pollClosed");
        }
        Set<Long> optionIds = new HashSet<>(meeting.getOptions().stream().map(MeetingOption::getId).toList());
        if (!optionIds.containsAll(answers.keySet())) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.optionNotFound");
        }
        Instant now = clock.instant();
        for (Map.Entry<Long, Answer> answer : answers.entrySet()) {
            if (answer.getValue() == null) {
                continue;
            }
            em.createNativeQuery("INSERT INTO meeting_answer (option_id, account_id, answer, answered_at) VALUES (?, ?, ?, ?) "
                            + "ON DUPLICATE KEY UPDATE answer = VALUES(answer), answered_at = VALUES(answered_at)")
                    .setParameter(1, answer.getKey()).setParameter(2, member.getId())
                    .setParameter(3, answer.getValue().name())
                    .setParameter(4, LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).executeUpdate();
        }
    }

    /** The lead confirms one option: the poll closes and every member gets an invitation. */
    public Meeting confirm(long meetingId, long optionId) {
        Meeting meeting = lockedForLead(meetingId);
        meeting.confirm(optionId, clock.instant());
        WorkingGroup group = groups.group(meeting.getGroupId());
        meeting.scheduleReminder(group.getReminderDays());
        notices.invited(meeting, group, recipients(meeting.getGroupId()));
        audit.record(groups.caller().getId(), "workinggroup.meetingConfirmed", "meeting", meetingId, meeting.getTitle());
        return meeting;
    }

    /** The lead moves a confirmed meeting: same UID, next sequence, and the members are told. */
    public Meeting move(long meetingId, TimeSlot slot) {
        Meeting meeting = lockedForLead(meetingId);
        InputCheck input = new InputCheck();
        List<TimeSlot> checked = checkSlots(input, slot == null ? List.of() : List.of(slot), 1, 1);
        input.throwIfAny();
        int sequence = meeting.getSequence();
        meeting.move(checked.get(0), clock.instant());
        if (meeting.getSequence() != sequence) {
            WorkingGroup group = groups.group(meeting.getGroupId());
            meeting.scheduleReminder(group.getReminderDays());
            notices.moved(meeting, group, recipients(meeting.getGroupId()));
            audit.record(groups.caller().getId(), "workinggroup.meetingMoved", "meeting", meetingId, meeting.getTitle());
        }
        return meeting;
    }

    public Meeting cancel(long meetingId) {
        Meeting meeting = lockedForLead(meetingId);
        Meeting.Status before = meeting.getStatus();
        meeting.cancel(clock.instant());
        if (before == Meeting.Status.CONFIRMED) {
            notices.cancelled(meeting, groups.group(meeting.getGroupId()), recipients(meeting.getGroupId()));
        }
        audit.record(groups.caller().getId(), "workinggroup.meetingCancelled", "meeting", meetingId, meeting.getTitle());
        return meeting;
    }

    /** Title, place, agenda and capacity; a confirmed meeting's members receive the updated invitation. */
    public Meeting describe(long meetingId, long expectedVersion, String title, MeetingDetails details) {
        Meeting meeting = lockedForLead(meetingId);
        if (meeting.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "workinggroup.changedMeanwhile");
        }
        InputCheck input = new InputCheck();
        String checkedTitle = input.text("title", title, 200, true);
        MeetingDetails checkedDetails = checkDetails(input, details);
        input.throwIfAny();
        int sequence = meeting.getSequence();
        meeting.describe(checkedTitle, checkedDetails, clock.instant());
        if (meeting.getSequence() != sequence && meeting.getStatus() == Meeting.Status.CONFIRMED) {
            notices.moved(meeting, groups.group(meeting.getGroupId()), recipients(meeting.getGroupId()));
        }
        return meeting;
    }

    /** Places of member and partner organisations, to host a meeting ("les midis de la coordination"). */
    public List<HostPlace> hostPlaces() {
        List<HostPlace> places = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT l, o.shortName FROM Location l, Organisation o WHERE o.id = l.organisationId "
                        + "AND o.status = eu.socialmap.directory.entity.Organisation.Status.ACCEPTED ORDER BY o.shortName, l.id", Object[].class)
                .setMaxResults(2000).getResultList()) {
            Location location = (Location) row[0];
            places.add(new HostPlace(location.getOrganisationId(), location.getId(), row[1] + " — " + address(location)));
        }
        return places;
    }

    private static String address(Location location) {
        return location.getStreet() + ", " + location.getPostcode() + " " + location.getCommune();
    }

    private Meeting lockedForLead(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId, LockModeType.PESSIMISTIC_WRITE);
        if (meeting == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.notFound");
        }
        groups.requireLead(meeting.getGroupId());
        return meeting;
    }

    private List<Account> recipients(long groupId) {
        return GroupRoster.recipients(em, groupId);
    }

    private List<TimeSlot> checkSlots(InputCheck input, List<TimeSlot> slots, int min, int max) {
        List<TimeSlot> checked = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < slots.size(); i++) {
            TimeSlot slot = slots.get(i);
            String field = "slot-" + i;
            if (slot == null || slot.start() == null || slot.end() == null) {
                input.refuse(field, "workinggroup.meeting.slotIncomplete");
            } else if (!slot.end().isAfter(slot.start())) {
                input.refuse(field, "workinggroup.meeting.endBeforeStart");
            } else if (slot.start().isBefore(now)) {
                input.refuse(field, "workinggroup.meeting.inPast");
            } else if (slot.end().isAfter(slot.start().plus(Meeting.MAX_LENGTH))) {
                input.refuse(field, "workinggroup.meeting.tooLong");
            } else if (checked.stream().anyMatch(s -> s.start().equals(slot.start()))) {
                input.refuse(field, "workinggroup.meeting.sameDateTwice");
            } else {
                checked.add(slot);
            }
        }
        if (slots.size() < min) {
            input.refuse("slot-" + slots.size(), min > 1 ? "workinggroup.meeting.atLeastTwo" : "input.required");
        } else if (slots.size() > max) {
            input.refuse("slot-" + max, "workinggroup.meeting.tooManyOptions", max);
        }
        return checked;
    }

    /**
     * The place: a host's location from the social map (its address copied), or a free address; a video link
     * (http or https only); the agenda and a capacity of 1 to 1,000.
     */
    private MeetingDetails checkDetails(InputCheck input, MeetingDetails details) {
        MeetingDetails given = details == null ? new MeetingDetails(null, null, null, null, null, null) : details;
        String address = input.text("address", given.address(), 300, false);
        Long hostOrganisation = null;
        Long hostLocation = given.hostLocationId();
        if (hostLocation != null) {
            Location location = em.find(Location.class, hostLocation);
            Organisation host = location == null ? null : em.find(Organisation.class, location.getOrganisationId());
            if (host == null || host.getStatus() != Organisation.Status.ACCEPTED) {
                input.refuse("host", "workinggroup.meeting.hostUnknown");
                hostLocation = null;
            } else {
                hostOrganisation = host.getId();
                address = host.getShortName() + ", " + address(location);
            }
        }
        String video = input.website("videoUrl", given.videoUrl());
        Integer capacity = given.capacity();
        if (capacity != null && (capacity < 1 || capacity > 1000)) {
            input.refuse("capacity", "workinggroup.meeting.capacity");
        }
        String agenda = input.text("agenda", given.agenda(), 5000, false);
        // empty fields are "none", so places and links read the same wherever they are shown
        return new MeetingDetails(hostOrganisation, hostLocation, blankToNull(address), blankToNull(video), capacity,
                blankToNull(agenda));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
