package eu.socialmap.workinggroup.boundary;

import eu.socialmap.immersion.boundary.ImmersionCalendars;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PublicUrl;
import eu.socialmap.platform.control.CalendarEntry;
import eu.socialmap.platform.control.ICalendarWriter;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.workinggroup.control.MeetingEntries;
import eu.socialmap.workinggroup.entity.GroupMembership;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The iCalendar feeds: a person's own feed (all the meetings of her groups and her agreed immersions, at a secret
 * address a calendar application subscribes to), a group's feed and one meeting's file. Cancelled meetings (and
 * immersions) stay in the feeds with STATUS:CANCELLED so subscribed calendars remove them; past ones stay six months.
 */
@Stateless
@PermitAll
public class GroupCalendars {

    static final Duration HISTORY = Duration.ofDays(183);

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    WorkingGroups groups;

    @Inject
    CalendarFeeds feeds;

    @Inject
    PublicUrl publicUrl;

    @Inject
    ImmersionCalendars immersions;

    Clock clock = Clock.systemUTC();

    /** The feed of the person the token belongs to; empty for an unknown or revoked token. */
    public Optional<String> personal(String token) {
        Optional<Long> accountId = feeds.accountFor(token);
        if (accountId.isEmpty()) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, accountId.get());
        if (account == null || !account.isEnabled()) {
            return Optional.empty();
        }
        List<Long> groupIds = em.createNamedQuery(GroupMembership.OF_ACCOUNT, GroupMembership.class)
                .setParameter("account", account.getId()).getResultList().stream().map(GroupMembership::getGroupId).toList();
        Language language = account.getLanguage();
        String name = Messages.get(language, "workinggroup.calendar.personalName");
        return Optional.of(write(name, groupIds, true, language, immersions.entriesFor(account, language)));
    }

    /** A group's meetings: with places, links and agendas for its members, dates and titles for everyone else. */
    public String group(long groupId, Language language) {
        WorkingGroup group = groups.group(groupId);
        boolean members = groups.standing(groupId).isMember();
        return write(group.getName().in(language), List.of(groupId), members, language, List.of());
    }

    /** One meeting's file, for its group's members. */
    public String meeting(long meetingId, Language language) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || meeting.getStartsAt() == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "workinggroup.meeting.notFound");
        }
        groups.requireMember(meeting.getGroupId());
        WorkingGroup group = groups.group(meeting.getGroupId());
        CalendarEntry entry = MeetingEntries.of(meeting, group.getName().in(language), page(meeting), true);
        return ICalendarWriter.publish(group.getName().in(language), List.of(entry), MeetingNotices.organizer(),
                clock.instant());
    }

    private String write(String calendarName, List<Long> groupIds, boolean forMembers, Language language,
                         List<CalendarEntry> others) {
        List<CalendarEntry> entries = new ArrayList<>(others);
        if (!groupIds.isEmpty()) {
            Map<Long, String> names = new HashMap<>();
            em.createQuery("SELECT g FROM WorkingGroup g WHERE g.id IN :ids", WorkingGroup.class)
                    .setParameter("ids", groupIds).getResultList()
                    .forEach(g -> names.put(g.getId(), g.getName().in(language)));
            for (Meeting meeting : em.createNamedQuery(Meeting.OF_GROUPS_SINCE, Meeting.class)
                    .setParameter("groups", groupIds).setParameter("since", clock.instant().minus(HISTORY))
                    .setMaxResults(2000).getResultList()) {
                entries.add(MeetingEntries.of(meeting, names.get(meeting.getGroupId()), page(meeting), forMembers));
            }
        }
        return ICalendarWriter.publish(calendarName, entries, MeetingNotices.organizer(), clock.instant());
    }

    private String page(Meeting meeting) {
        return publicUrl.of("/groups/meeting?id=" + meeting.getId());
    }
}
