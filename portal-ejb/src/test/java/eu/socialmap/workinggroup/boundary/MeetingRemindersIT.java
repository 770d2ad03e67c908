package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PlatformFixtures;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.TimeSlot;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One and only one reminder per member, meeting and start, in the member's language: across a restart (new entity
 * manager, new service), with two nodes at once (two threads, two transactions), when the meeting is made due again
 * for the same start, and once more after a move. None before it is due, none for a cancelled or begun meeting.
 */
class MeetingRemindersIT {

    private static final String FRENCH = "Rappel : ";
    private static final String DUTCH = "Herinnering: ";

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final GroupFixtures fixtures = new GroupFixtures(em);
    private final List<EntityManager> opened = new ArrayList<>();
    private WorkingGroup group;
    private Account lead;
    private Account french;
    private Account dutch;

    @BeforeEach
    void aGroupOfALeadAFrenchAndADutchSpeaker() {
        lead = fixtures.person("Animation");
        group = fixtures.group(lead); // reminders 2 days before
        french = fixtures.member(group, "Sophie");
        dutch = speaking(fixtures.member(group, "Jan"), Language.NL);
        // other tests' due meetings are reminded now, so that each test below sees only its own
        sendAllDue(em, reminders(em), Instant.now());
    }

    @AfterEach
    void close() {
        opened.forEach(EntityManager::close);
        em.close();
    }

    @Test
    void eachMemberIsRemindedOnceInHerLanguageEvenAfterARestart() {
        Meeting meeting = fixtures.confirmedMeeting(group, lead, 1); // tomorrow: reminder due yesterday
        assertThat(meeting.getReminderDueAt()).isBefore(Instant.now());

        sendAllDue(em, reminders(em), Instant.now());

        assertThat(reminders(french, meeting)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith(FRENCH + meeting.getTitle());
        assertThat(reminders(dutch, meeting)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith(DUTCH + meeting.getTitle());
        assertThat(reminders(lead, meeting)).hasSize(1);
        Meeting reminded = reread(meeting);
        assertThat(reminded.getRemindedFor()).isEqualTo(meeting.getStartsAt());
        assertThat(reminded.getReminderDueAt()).isNull();

        // the portal restarts: a new persistence context, a new service, the same database
        EntityManager afterRestart = open();
        sendAllDue(afterRestart, reminders(afterRestart), Instant.now());
        sendAllDue(afterRestart, reminders(afterRestart), Instant.now().plus(Duration.ofHours(1)));

        assertThat(reminders(french, meeting)).hasSize(1);
        assertThat(reminders(dutch, meeting)).hasSize(1);
        assertThat(reminders(lead, meeting)).hasSize(1);

        // someone joins after the reminders went out: nobody is reminded a second time
        Account late = fixtures.member(group, "Tardive");
        sendAllDue(afterRestart, reminders(afterRestart), Instant.now());
        assertThat(reminders(french, meeting)).hasSize(1);
        assertThat(reminders(dutch, meeting)).hasSize(1);
        assertThat(reminders(lead, meeting)).hasSize(1);
        assertThat(reminders(late, meeting)).isEmpty();
    }

    @Test
    void aSecondNodeSkipsTheMeetingsTheFirstHoldsAndNeitherRemindsTwice() throws Exception {
        Meeting meeting = fixtures.confirmedMeeting(group, lead, 1);
        EntityManager firstNode = open();
        EntityManager secondNode = open();
        MeetingReminders first = reminders(firstNode);
        MeetingReminders second = reminders(secondNode);
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> byFirst = nodes.submit(() -> {
                firstNode.getTransaction().begin();
                try {
                    int claimed = first.sendDue(Instant.now());
                    firstClaimed.countDown();
                    // the first node holds its meetings until the second has run
                    assertThat(secondDone.await(60, TimeUnit.SECONDS)).isTrue();
                    firstNode.getTransaction().commit();
                    return claimed;
                } finally {
                    if (firstNode.getTransaction().isActive()) {
                        firstNode.getTransaction().rollback();
                    }
                }
            });
            Future<Integer> bySecond = nodes.submit(() -> {
                try {
                    assertThat(firstClaimed.await(60, TimeUnit.SECONDS)).isTrue();
                    return TestDatabase.inTransaction(secondNode, () -> second.sendDue(Instant.now()));
                } finally {
                    secondDone.countDown();
                }
            });
            assertThat(bySecond.get(90, TimeUnit.SECONDS)).as("the meeting is locked: skipped, not waited for").isZero();
            assertThat(byFirst.get(90, TimeUnit.SECONDS)).isPositive();
        } finally {
            nodes.shutdownNow();
        }
        assertThat(reminders(french, meeting)).hasSize(1);
        assertThat(reminders(dutch, meeting)).hasSize(1);
        assertThat(reminders(lead, meeting)).hasSize(1);

        // and two nodes started at the very same moment, each sending until nothing is due
        Meeting another = fixtures.confirmedMeeting(group, lead, 1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService twoNodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (EntityManager node : List.of(firstNode, secondNode)) {
                MeetingReminders service = reminders(node);
                runs.add(twoNodes.submit(() -> {
                    together.await(60, TimeUnit.SECONDS);
                    sendAllDue(node, service, Instant.now());
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(90, TimeUnit.SECONDS);
            }
        } finally {
            twoNodes.shutdownNow();
        }
        assertThat(reminders(french, another)).hasSize(1);
        assertThat(reminders(dutch, another)).hasSize(1);
        assertThat(reminders(lead, another)).hasSize(1);
    }

    @Test
    void aMeetingMadeDueAgainForTheSameStartRemindsNobodyTwice() {
        Meeting meeting = fixtures.confirmedMeeting(group, lead, 1);
        sendAllDue(em, reminders(em), Instant.now());

        // the coordinator now wants reminders three days before: the meeting is due again, for the same start
        fixtures.signIn(fixtures.coordinator());
        WorkingGroup current = em.find(WorkingGroup.class, group.getId());
        em.refresh(current);
        fixtures.tx(() -> fixtures.groups.update(group.getId(), current.getVersion(), current.getName(),
                current.getMission(), null, 3));
        assertThat(reread(meeting).getReminderDueAt()).isNotNull();

        EntityManager other = open();
        sendAllDue(other, reminders(other), Instant.now());

        assertThat(reminders(french, meeting)).hasSize(1);
        assertThat(reminders(dutch, meeting)).hasSize(1);
        assertThat(reminders(lead, meeting)).hasSize(1);
        assertThat(reread(meeting).getReminderDueAt()).isNull();
    }

    @Test
    void aMovedMeetingIsRemindedOnceMoreForItsNewStart() {
        Meeting meeting = fixtures.confirmedMeeting(group, lead, 1);
        sendAllDue(em, reminders(em), Instant.now());
        Instant firstStart = meeting.getStartsAt();
        Instant newStart = firstStart.plus(Duration.ofHours(2));

        fixtures.signIn(lead);
        fixtures.tx(() -> fixtures.meetings.move(meeting.getId(), new TimeSlot(newStart, newStart.plus(Duration.ofHours(2)))));
        EntityManager afterRestart = open();
        sendAllDue(afterRestart, reminders(afterRestart), Instant.now());
        sendAllDue(afterRestart, reminders(afterRestart), Instant.now());

        for (Account member : List.of(lead, french, dutch)) {
            assertThat(reminders(member, meeting)).hasSize(2);
            assertThat(remindedStarts(member, meeting)).containsExactlyInAnyOrder(firstStart, newStart);
        }
        assertThat(reread(meeting).getRemindedFor()).isEqualTo(newStart);
    }

    @Test
    void noReminderBeforeItIsDueNorForACancelledOrABegunMeeting() {
        Meeting later = fixtures.confirmedMeeting(group, lead, 10); // due in eight days
        Meeting cancelled = fixtures.confirmedMeeting(group, lead, 1);
        fixtures.signIn(lead);
        fixtures.tx(() -> fixtures.meetings.cancel(cancelled.getId()));
        Meeting begun = fixtures.startsAt(fixtures.confirmedMeeting(group, lead, 1),
                Instant.now().minus(Duration.ofMinutes(30)));
        // even with due dates left on them, as a crash or an older version might have left them
        dueSince(cancelled, Instant.now().minus(Duration.ofDays(1)));
        dueSince(begun, Instant.now().minus(Duration.ofDays(1)));

        sendAllDue(em, reminders(em), Instant.now());

        for (Meeting meeting : List.of(later, cancelled, begun)) {
            for (Account member : List.of(lead, french, dutch)) {
                assertThat(reminders(member, meeting)).as(meeting.getTitle()).isEmpty();
            }
        }
        assertThat(reread(later).getReminderDueAt()).isAfter(Instant.now());
        assertThat(reread(begun).getReminderDueAt()).as("not read again at every run").isNull();

        // eight days later the first one is due
        sendAllDue(em, reminders(em), later.getReminderDueAt().plus(Duration.ofMinutes(1)));
        assertThat(reminders(dutch, later)).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).startsWith(DUTCH);
    }

    /** The service as the container wires it, on this entity manager. */
    static MeetingReminders reminders(EntityManager em) {
        MeetingNotices notices = new MeetingNotices();
        notices.mailer = PlatformFixtures.mailer(em);
        notices.publicUrl = PlatformFixtures.publicUrl("https://portal.test");
        MeetingReminders reminders = new MeetingReminders();
        reminders.em = em;
        reminders.notices = notices;
        return reminders;
    }

    /** As the timer does: batch after batch, each in a transaction of its own, until a batch is not full. */
    static void sendAllDue(EntityManager em, MeetingReminders reminders, Instant now) {
        while (TestDatabase.inTransaction(em, () -> reminders.sendDue(now)) == MeetingReminders.BATCH_SIZE) {
            // a full batch: there may be more
        }
    }

    /** The reminder mails in the outbox for this person and meeting (their subjects), whatever the language. */
    private List<String> reminders(Account person, Meeting meeting) {
        em.clear();
        return em.createQuery("SELECT m.subject FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", person.getEmail()).getResultList().stream()
                .filter(subject -> subject.contains(meeting.getTitle()))
                .filter(subject -> subject.startsWith(FRENCH) || subject.startsWith(DUTCH) || subject.startsWith("Reminder: "))
                .toList();
    }

    private List<Instant> remindedStarts(Account person, Meeting meeting) {
        List<?> rows = em.createNativeQuery("SELECT starts_at FROM meeting_reminder WHERE meeting_id = ? AND account_id = ?")
                .setParameter(1, meeting.getId()).setParameter(2, person.getId()).getResultList();
        return rows.stream().map(value -> value instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC)).toList();
    }

    private Meeting reread(Meeting meeting) {
        em.clear();
        return em.find(Meeting.class, meeting.getId());
    }

    private void dueSince(Meeting meeting, Instant due) {
        fixtures.tx(() -> em.createNativeQuery("UPDATE meeting SET reminder_due_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(due, ZoneOffset.UTC)).setParameter(2, meeting.getId())
                .executeUpdate());
    }

    private Account speaking(Account person, Language language) {
        fixtures.tx(() -> em.createNativeQuery("UPDATE account SET language = ? WHERE id = ?")
                .setParameter(1, language.code()).setParameter(2, person.getId()).executeUpdate());
        em.clear();
        return em.find(Account.class, person.getId());
    }

    private EntityManager open() {
        EntityManager other = TestDatabase.entityManagerFactory().createEntityManager();
        opened.add(other);
        return other;
    }
}
