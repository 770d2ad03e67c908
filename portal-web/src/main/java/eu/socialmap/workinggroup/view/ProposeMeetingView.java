package eu.socialmap.workinggroup.view;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.view.Notices;
import eu.socialmap.workinggroup.boundary.Meetings;
import eu.socialmap.workinggroup.boundary.WorkingGroups;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.TimeSlot;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A lead's form for a new meeting ({@code /groups/propose?group=}): one date sets the meeting, several dates open
 * a poll. Rows left empty are ignored; errors name the row the person typed.
 */
@Named
@ViewScoped
public class ProposeMeetingView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ROWS = 6;

    @Inject
    WorkingGroups groups;

    @Inject
    Meetings meetings;

    @Inject
    Notices notices;

    private String group;
    private long groupId;
    private eu.socialmap.platform.entity.LocalizedText groupName;
    private String title;
    private final List<SlotRow> rows = new ArrayList<>(IntStream.range(0, ROWS).mapToObj(i -> new SlotRow()).toList());
    private final PlaceFields place = new PlaceFields();
    private List<Meetings.HostPlace> hostPlaces = List.of();

    /** One proposed date as typed: a date and two times. */
    public static class SlotRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String date;
        private String start;
        private String end;

        boolean isBlank() {
            return blank(date) && blank(start) && blank(end);
        }

        /** The slot in Brussels time; a part missing or unreadable gives a slot the service refuses by name. */
        TimeSlot toSlot() {
            try {
                LocalDate day = LocalDate.parse(date.strip());
                return new TimeSlot(LocalTime.parse(start.strip()).atDate(day).atZone(Messages.NETWORK_ZONE).toInstant(),
                        LocalTime.parse(end.strip()).atDate(day).atZone(Messages.NETWORK_ZONE).toInstant());
            } catch (DateTimeParseException | NullPointerException unreadable) {
                return new TimeSlot(null, null);
            }
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getStart() { return start; }
        public void setStart(String start) { this.start = start; }
        public String getEnd() { return end; }
        public void setEnd(String end) { this.end = end; }
    }

    public void load() throws IOException {
        groupId = LeadPage.open(groups, group);
        if (groupId > 0) {
            groupName = groups.group(groupId).getName();
            hostPlaces = meetings.hostPlaces();
        }
    }

    public String submit() {
        List<Integer> typed = IntStream.range(0, ROWS).filter(i -> !rows.get(i).isBlank()).boxed().toList();
        List<TimeSlot> slots = typed.stream().map(i -> rows.get(i).toSlot()).toList();
        try {
            Meeting meeting = slots.size() == 1
                    ? meetings.schedule(groupId, title, slots.get(0), place.toDetails())
                    : meetings.propose(groupId, title, slots, place.toDetails());
            notices.info(slots.size() == 1 ? "workinggroup.meeting.scheduled" : "workinggroup.meeting.proposed");
            notices.keepAcrossRedirect();
            return "/groups/meeting?faces-redirect=true&id=" + meeting.getId();
        } catch (InvalidInput invalid) {
            notices.error(SlotErrors.onRows(invalid, typed), "propose");
            return null;
        } catch (BusinessException refusal) {
            notices.error(refusal, "propose");
            return null;
        }
    }

    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public long getGroupId() { return groupId; }
    public eu.socialmap.platform.entity.LocalizedText getGroupName() { return groupName; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public List<SlotRow> getRows() { return rows; }
    public PlaceFields getPlace() { return place; }
    public List<Meetings.HostPlace> getHostPlaces() { return hostPlaces; }
}
