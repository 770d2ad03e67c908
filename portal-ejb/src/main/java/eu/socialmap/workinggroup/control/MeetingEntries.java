package eu.socialmap.workinggroup.control;

import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.workinggroup.entity.Meeting;

/**
 * A meeting as a calendar entry. Members' calendars get the place, the video link and the agenda; a public
 * calendar (a group's feed read by a visitor) gets the date and title only.
 */
public final class MeetingEntries {

    private MeetingEntries() {
    }

    public static CalendarEntry of(Meeting meeting, String groupName, String pageUrl, boolean forMembers) {
        CalendarEntry.Status status = switch (meeting.getStatus()) {
            case CONFIRMED -> CalendarEntry.Status.CONFIRMED;
            case CANCELLED -> CalendarEntry.Status.CANCELLED;
            case POLL -> CalendarEntry.Status.TENTATIVE;
        };
        if (!forMembers) {
            // the public summary of a group says when it meets, not what about or where
            return new CalendarEntry(meeting.getUid(), meeting.getSequence(), status, meeting.getStartsAt(),
                    meeting.getEndsAt(), groupName, null, null, null, meeting.getUpdatedAt());
        }
        String summary = groupName + " — " + meeting.getTitle();
        StringBuilder description = new StringBuilder();
        if (meeting.getAgenda() != null && !meeting.getAgenda().isBlank()) {
            description.append(meeting.getAgenda().strip()).append("\n\n");
        }
        if (meeting.getVideoUrl() != null) {
            description.append(meeting.getVideoUrl()).append("\n");
        }
        description.append(pageUrl);
        String location = meeting.getAddress() != null ? meeting.getAddress() : meeting.getVideoUrl();
        return new CalendarEntry(meeting.getUid(), meeting.getSequence(), status, meeting.getStartsAt(),
                meeting.getEndsAt(), summary, description.toString(), location, pageUrl, meeting.getUpdatedAt());
    }

    /** Where a meeting happens, as a line of a mail: the address, else the video link, else a dash. */
    public static String where(Meeting meeting) {
        if (meeting.getAddress() != null && !meeting.getAddress().isBlank()) {
            return meeting.getVideoUrl() == null ? meeting.getAddress() : meeting.getAddress() + " · " + meeting.getVideoUrl();
        }
        return meeting.getVideoUrl() == null ? "—" : meeting.getVideoUrl();
    }
}
