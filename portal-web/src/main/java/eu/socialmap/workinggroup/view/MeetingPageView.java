package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.Meetings;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.entity.Answer;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.Standing;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A meeting's page ({@code /groups/meeting?id=}), for its group's members: when and where, the agenda, the date
 * poll (answers and, for a lead, the choice), and the lead's move and cancel. A person outside the group gets
 * "not found", whether the meeting exists or not.
 */
@Named
@ViewScoped
public class MeetingPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    WorkingGroups groups;

    @Inject
    Notices notices;

    private String id;
    private long meetingId;
    private Meeting meeting;
    private WorkingGroup group;
    private Standing standing;
    private Meetings.Poll poll;
    private final Map<Long, String> myAnswers = new HashMap<>();
    private final ProposeMeetingView.SlotRow moveTo = new ProposeMeetingView.SlotRow();

    public void load() throws IOException {
        meetingId = PageIds.parse(id);
        try {
            meeting = meetings.meeting(meetingId);
        } catch (BusinessException notVisible) {
            ErrorPages.send(404);
            return;
        }
        group = groups.group(meeting.getGroupId());
        standing = groups.standing(meeting.getGroupId());
        if (meeting.getStatus() == Meeting.Status.CONFIRMED) {
            // the move form starts from the meeting's own date and times
            java.time.ZonedDateTime start = meeting.getStartsAt().atZone(eu.socialmap.platform.control.Messages.NETWORK_ZONE);
            moveTo.setDate(start.toLocalDate().toString());
            moveTo.setStart(start.toLocalTime().toString());
            moveTo.setEnd(meeting.getEndsAt().atZone(eu.socialmap.platform.control.Messages.NETWORK_ZONE).toLocalTime().toString());
        }
        if (meeting.getStatus() == Meeting.Status.POLL) {
            poll = meetings.poll(meetingId);
            myAnswers.clear();
            poll.mine().forEach((option, answer) -> myAnswers.put(option, answer.name()));
        }
    }

    public String answer() {
        Map<Long, Answer> answers = new HashMap<>();
        myAnswers.forEach((option, typed) -> {
            if (typed != null && !typed.isBlank()) {
                answers.put(option, eu.socialmap.platform.control.InputCheck.named(Answer.class, typed));
            }
        });
        return act(() -> meetings.answer(meetingId, answers), "workinggroup.poll.answered", "answers");
    }

    public String confirm(long optionId) {
        return act(() -> meetings.confirm(meetingId, optionId), "workinggroup.meeting.confirmed", "poll");
    }

    public String move() {
        return act(() -> meetings.move(meetingId, moveTo.toSlot()), "workinggroup.meeting.moved", "move");
    }

    public String cancel() {
        return act(() -> meetings.cancel(meetingId), "workinggroup.meeting.cancelled", "move");
    }

    private String act(Runnable action, String doneKey, String formId) {
        return notices.afterAction(action, doneKey, formId, "/groups/meeting?faces-redirect=true&id=" + meetingId);
    }

    /** A member's answer to one option, as the key of its label; empty when she has not answered. */
    public String answerOf(long optionId, long accountId) {
        Answer answer = poll.answers().getOrDefault(optionId, Map.of()).get(accountId);
        return answer == null ? "workinggroup.poll.noAnswer" : "workinggroup.poll.answer." + answer.name();
    }

    /** From the meeting's day on, attendance can be recorded (the service refuses it earlier). */
    public boolean isHeld() {
        return meeting.getStartsAt() != null && !meeting.getStartsAt().atZone(eu.socialmap.platform.control.Messages.NETWORK_ZONE)
                .toLocalDate().isAfter(java.time.LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE));
    }

    public Answer[] getAnswerChoices() {
        return Answer.values();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Meeting getMeeting() { return meeting; }
    public WorkingGroup getGroup() { return group; }
    public Standing getStanding() { return standing; }
    public Meetings.Poll getPoll() { return poll; }
    public Map<Long, String> getMyAnswers() { return myAnswers; }
    public ProposeMeetingView.SlotRow getMoveTo() { return moveTo; }
}
