package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.view.ErrorPages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.platform.view.PageIds;
import eu.socialmap.workinggroup.boundary.MeetingRecords;
import eu.socialmap.workinggroup.boundary.Meetings;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.control.GroupRoster;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.Standing;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A group's page ({@code /groups/view?id=}): its public summary for everyone; members, meetings, documents and
 * open actions for its members; requests to join for its leads.
 */
@Named
@ViewScoped
public class GroupPageView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAST_PER_PAGE = 10;

    @Inject
    WorkingGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    MeetingRecords records;

    @Inject
    Notices notices;

    private String id;
    private int page = 1;
    private long groupId;
    private WorkingGroups.Summary summary;
    private Standing standing = Standing.VISITOR;
    private List<GroupRoster.Member> members = List.of();
    private List<GroupRoster.Member> requests = List.of();
    private List<Meeting> upcoming = List.of();
    private List<Meeting> polls = List.of();
    private List<Meeting> past = List.of();
    private long pastCount;
    private List<MeetingRecords.GroupDocument> documents = List.of();
    private List<MeetingRecords.ActionRow> actions = List.of();
    private String motivation;

    public void load() throws IOException {
        groupId = PageIds.parse(id);
        try {
            summary = groups.summary(groupId);
        } catch (BusinessException notFound) {
            ErrorPages.send(404);
            return;
        }
        standing = groups.standing(groupId);
        if (standing.isMember()) {
            members = groups.members(groupId);
            upcoming = meetings.upcoming(groupId, 12);
            polls = meetings.polls(groupId);
            pastCount = meetings.pastCount(groupId);
            page = Math.max(1, Math.min(page, getPages()));
            past = meetings.past(groupId, (page - 1) * PAST_PER_PAGE, PAST_PER_PAGE);
            documents = records.groupDocuments(groupId, 20);
            actions = records.openActions(groupId);
        }
        if (standing.leads()) {
            requests = groups.requests(groupId);
        }
    }

    public String join() {
        return act(() -> groups.askToJoin(groupId, motivation), "workinggroup.join.asked");
    }

    public String leave() {
        return act(() -> groups.leave(groupId), "workinggroup.leave.done");
    }

    public String admit(long membershipId) {
        return act(() -> groups.decide(membershipId, true), "workinggroup.request.admitted");
    }

    public String decline(long membershipId) {
        return act(() -> groups.decide(membershipId, false), "workinggroup.request.declined");
    }

    private String act(Runnable action, String doneKey) {
        return notices.afterAction(action, doneKey, "join", "/groups/view?faces-redirect=true&id=" + groupId);
    }

    public int getPages() {
        return (int) Math.max(1, (pastCount + PAST_PER_PAGE - 1) / PAST_PER_PAGE);
    }

    /** The years a lead may export: this one and the three before. */
    public List<Integer> getYears() {
        int year = LocalDate.now(eu.socialmap.platform.control.Messages.NETWORK_ZONE).getYear();
        return List.of(year, year - 1, year - 2, year - 3);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
    public long getGroupId() { return groupId; }
    public WorkingGroups.Summary getSummary() { return summary; }
    public Standing getStanding() { return standing; }
    public List<GroupRoster.Member> getMembers() { return members; }
    public List<GroupRoster.Member> getRequests() { return requests; }
    public List<Meeting> getUpcoming() { return upcoming; }
    public List<Meeting> getPolls() { return polls; }
    public List<Meeting> getPast() { return past; }
    public long getPastCount() { return pastCount; }
    public List<MeetingRecords.GroupDocument> getDocuments() { return documents; }
    public List<MeetingRecords.ActionRow> getActions() { return actions; }
    public String getMotivation() { return motivation; }
    public void setMotivation(String motivation) { this.motivation = motivation; }
}
