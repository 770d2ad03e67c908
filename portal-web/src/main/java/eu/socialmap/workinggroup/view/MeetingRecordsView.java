package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.workinggroup.boundary.MeetingRecords;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDocument;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * During and after a meeting, on its page: who came, the minutes (drafted by a member, approved by a lead), files,
 * and the action items decided there and carried over from earlier meetings.
 */
@Named
@ViewScoped
public class MeetingRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Read at most this much of an upload: the service refuses more than 10 MB anyway. */
    private static final long MAX_READ = 10L * 1024 * 1024 + 1;

    @Inject
    MeetingRecords records;

    @Inject
    MeetingPageView page;

    @Inject
    eu.socialmap.workinggroup.boundary.WorkingGroups groups;

    @Inject
    Notices notices;

    private long meetingId;
    private List<eu.socialmap.workinggroup.control.GroupRoster.Member> members = List.of();
    private List<MeetingRecords.Attendee> attendance = List.of();
    private List<String> present = new ArrayList<>();
    private MeetingRecords.Minutes minutes;
    private String minutesHtml;
    private List<MeetingDocument> documents = List.of();
    private List<MeetingRecords.ActionRow> actions = List.of();
    private List<MeetingRecords.ActionRow> carriedOver = List.of();
    private transient Part file;
    private String fileKind = MeetingDocument.Kind.DOCUMENT.name();
    private String actionText;
    private Long actionOwner;
    private String actionDue;

    public void load() {
        Meeting meeting = page.getMeeting();
        if (meeting == null || meeting.getStatus() == Meeting.Status.POLL) {
            return;
        }
        meetingId = meeting.getId();
        if (page.getStanding().leads()) {
            members = groups.members(meeting.getGroupId());
        }
        attendance = records.attendance(meetingId);
        present = new ArrayList<>(attendance.stream().map(a -> String.valueOf(a.accountId())).toList());
        minutes = records.minutes(meetingId);
        minutesHtml = minutes.html();
        documents = records.documents(meetingId);
        actions = records.actionsOf(meetingId);
        carriedOver = records.carriedOver(meetingId);
    }

    public String recordAttendance() {
        Set<Long> ids = new HashSet<>();
        present.forEach(typed -> ids.add(eu.socialmap.platform.view.PageIds.parse(typed)));
        return act(() -> records.recordAttendance(meetingId, ids), "workinggroup.attendance.recorded", "attendance");
    }

    public String saveMinutes() {
        return act(() -> records.writeMinutes(meetingId, minutesHtml), "workinggroup.minutes.saved", "minutesForm");
    }

    public String approveMinutes() {
        return act(() -> records.approveMinutes(meetingId), "workinggroup.minutes.approved", "minutesForm");
    }

    public String upload() {
        if (file == null || file.getSize() == 0) {
            notices.error(new InvalidInput(List.of(new InvalidInput.FieldError("file", "workinggroup.file.empty", List.of()))), "files");
            return null;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(MAX_READ, file.getSize()));
        } catch (IOException unreadable) {
            notices.error("workinggroup.file.unreadable");
            return null;
        }
        MeetingDocument.Kind kind = eu.socialmap.platform.control.InputCheck.named(MeetingDocument.Kind.class, fileKind);
        String name = file.getSubmittedFileName();
        return act(() -> records.attach(meetingId, kind == null ? MeetingDocument.Kind.DOCUMENT : kind, name, content),
                "workinggroup.file.attached", "files");
    }

    public String removeDocument(long documentId) {
        return act(() -> records.removeDocument(documentId), "workinggroup.file.removed", "files");
    }

    public String addAction() {
        LocalDate due;
        try {
            due = actionDue == null || actionDue.isBlank() ? null : LocalDate.parse(actionDue.strip());
        } catch (DateTimeParseException unreadable) {
            notices.error(new InvalidInput(List.of(new InvalidInput.FieldError("actionDue", "workinggroup.form.date",
                    List.of(actionDue)))), "actions");
            return null;
        }
        return act(() -> records.addAction(meetingId, actionText, actionOwner, due), "workinggroup.action.added", "actions");
    }

    public String completeAction(long actionId) {
        return act(() -> records.completeAction(actionId), "workinggroup.action.completed", "actions");
    }

    private String act(Runnable action, String doneKey, String formId) {
        return notices.afterAction(action, doneKey, formId, "/groups/meeting?faces-redirect=true&id=" + meetingId);
    }

    /** A file's size as people read it: "240 kB", "1.2 MB". */
    public String sizeOf(MeetingDocument document) {
        long bytes = document.getSizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    public List<eu.socialmap.workinggroup.control.GroupRoster.Member> getMembers() { return members; }
    public List<MeetingRecords.Attendee> getAttendance() { return attendance; }
    public List<String> getPresent() { return present; }
    public void setPresent(List<String> present) { this.present = present; }
    public MeetingRecords.Minutes getMinutes() { return minutes; }
    public String getMinutesHtml() { return minutesHtml; }
    public void setMinutesHtml(String minutesHtml) { this.minutesHtml = minutesHtml; }
    public List<MeetingDocument> getDocuments() { return documents; }
    public List<MeetingRecords.ActionRow> getActions() { return actions; }
    public List<MeetingRecords.ActionRow> getCarriedOver() { return carriedOver; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public String getFileKind() { return fileKind; }
    public void setFileKind(String fileKind) { this.fileKind = fileKind; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public Long getActionOwner() { return actionOwner; }
    public void setActionOwner(Long actionOwner) { this.actionOwner = actionOwner; }
    public String getActionDue() { return actionDue; }
    public void setActionDue(String actionDue) { this.actionDue = actionDue; }
}
