package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.Mailer;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.ICalendarWriter;
import eu.socialmap.platform.control.SmtpSettings;
import eu.socialmap.workinggroup.control.MeetingEntries;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The mails of a group's meetings, each in the member's language, written in the caller's transaction (they leave
 * only if the change commits). Invitations, moves and cancellations carry an iCalendar file that calendar
 * applications apply to the event they already hold (same UID, higher SEQUENCE).
 */
@Stateless
@PermitAll
public class MeetingNotices {

    @Inject
    Mailer mailer;

    @Inject
    PublicUrl publicUrl;

    Clock clock = Clock.systemUTC();

    /** The address calendar invitations come from (RFC 5546 wants an organiser). */
    static String organizer() {
        return SmtpSettings.from(System.getenv()).map(SmtpSettings::from).orElse("socialmap@localhost");
    }

    String pageOf(Meeting meeting) {
        return publicUrl.of("/groups/meeting?id=" + meeting.getId());
    }

    public void pollOpened(Meeting meeting, WorkingGroup group, List<Account> members) {
        for (Account member : members) {
            mailer.send(member.getEmail(), member.getLanguage(), "mail.meeting.poll.subject", "mail.meeting.poll.body",
                    List.of(member.getDisplayName(), group.getName().in(member.getLanguage()), meeting.getTitle(),
                            pageOf(meeting)));
        }
    }

    public void invited(Meeting meeting, WorkingGroup group, List<Account> members) {
        withCalendar(meeting, group, members, "confirmed", false);
    }

    public void moved(Meeting meeting, WorkingGroup group, List<Account> members) {
        withCalendar(meeting, group, members, "moved", false);
    }

    public void cancelled(Meeting meeting, WorkingGroup group, List<Account> members) {
        withCalendar(meeting, group, members, "cancelled", true);
    }

    /** One mail for a whole series: the dates reach calendars through the personal feed, not twelve invitations. */
    public void seriesScheduled(List<Meeting> meetings, WorkingGroup group, List<Account> members) {
        Meeting first = meetings.get(0);
        for (Account member : members) {
            mailer.send(member.getEmail(), member.getLanguage(), "mail.meeting.series.subject", "mail.meeting.series.body",
                    List.of(member.getDisplayName(), group.getName().in(member.getLanguage()), first.getTitle(),
                            first.getStartsAt(), meetings.size(), MeetingEntries.where(first),
                            publicUrl.of("/groups/view?id=" + group.getId()), publicUrl.of("/groups/calendar")));
        }
    }

    public void reminder(Meeting meeting, WorkingGroup group, Account member) {
        mailer.send(member.getEmail(), member.getLanguage(), "mail.meeting.reminder.subject", "mail.meeting.reminder.body",
                List.of(member.getDisplayName(), group.getName().in(member.getLanguage()), meeting.getTitle(),
                        meeting.getStartsAt(), MeetingEntries.where(meeting), pageOf(meeting),
                        meeting.getAgenda() == null ? "" : meeting.getAgenda()));
    }

    private void withCalendar(Meeting meeting, WorkingGroup group, List<Account> members, String kind, boolean cancel) {
        Instant now = clock.instant();
        String organizer = organizer();
        for (Account member : members) {
            String groupName = group.getName().in(member.getLanguage());
            CalendarEntry entry = MeetingEntries.of(meeting, groupName, pageOf(meeting), true);
            String ics = cancel ? ICalendarWriter.cancel(entry, organizer, member.getEmail(), now)
                    : ICalendarWriter.request(entry, organizer, member.getEmail(), now);
            mailer.send(member.getEmail(), member.getLanguage(), "mail.meeting." + kind + ".subject",
                    "mail.meeting." + kind + ".body",
                    List.of(member.getDisplayName(), groupName, meeting.getTitle(), meeting.getStartsAt(),
                            MeetingEntries.where(meeting), pageOf(meeting)),
                    new Mailer.Attachment("meeting.ics",
                            "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8", ics));
        }
    }
}
