package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.UtcInstantConverter;
import eu.socialmap.workinggroup.control.GroupRoster;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;

/**
 * The e-mail reminders of confirmed meetings, {@code reminder_days} before each (the group's setting), one per
 * member and start whatever the number of nodes or restarts. Two guards, both in the database: the due meetings
 * are claimed with {@code FOR UPDATE SKIP LOCKED} (another node skips them while this one works), and each reminder
 * is a row of {@code meeting_reminder} whose primary key (meeting, person, start) refuses a second one, so even a
 * meeting made due again for the same start (the group's setting changed) reminds nobody twice. The mails are
 * written to the outbox in the same transaction: they leave only if the reminder rows commit.
 */
@Stateless
@PermitAll
public class MeetingReminders {

    /** The meetings of one transaction: a short lock, and the timer asks again while batches are full. */
    public static final int BATCH_SIZE = 10;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    MeetingNotices notices;

    /**
     * Claims up to {@link #BATCH_SIZE} meetings whose reminders are due and reminds their members who were not yet
     * reminded of this start; returns how many meetings it claimed.
     */
    public int sendDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(
                        // LIMIT as a literal: EclipseLink would put setMaxResults after FOR UPDATE (= BATCH_SIZE).
                        // Meetings that already began are claimed too, to clear their due date: left due, they would
                        // be read again at every run, for ever.
                        "SELECT id FROM meeting WHERE status = 'CONFIRMED' AND reminder_due_at <= ?1 "
                                + "ORDER BY reminder_due_at, id LIMIT 10 FOR UPDATE SKIP LOCKED")
                .setParameter(1, new UtcInstantConverter().convertToDatabaseColumn(now))
                .getResultList();
        for (Number id : ids) {
            // read again under the lock this transaction holds: the state another node committed, not a cached one
            Meeting meeting = em.find(Meeting.class, id.longValue(), LockModeType.PESSIMISTIC_WRITE);
            if (meeting.getStartsAt() != null && meeting.getStartsAt().isAfter(now)) {
                remind(meeting, now);
                meeting.markReminded();
            } else {
                meeting.scheduleReminder(0); // too late to remind: the meeting has begun
            }
        }
        return ids.size();
    }

    private void remind(Meeting meeting, Instant now) {
        WorkingGroup group = em.find(WorkingGroup.class, meeting.getGroupId());
        UtcInstantConverter utc = new UtcInstantConverter();
        for (Account member : GroupRoster.recipients(em, meeting.getGroupId())) {
            // IGNORE: a row already there (this start was reminded) inserts nothing, and then nothing is mailed
            int inserted = em.createNativeQuery("INSERT IGNORE INTO meeting_reminder (meeting_id, account_id, starts_at, "
                            + "sent_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, meeting.getId()).setParameter(2, member.getId())
                    .setParameter(3, utc.convertToDatabaseColumn(meeting.getStartsAt()))
                    .setParameter(4, utc.convertToDatabaseColumn(now))
                    .executeUpdate();
            if (inserted == 1) {
                notices.reminder(meeting, group, member);
            }
        }
    }
}
