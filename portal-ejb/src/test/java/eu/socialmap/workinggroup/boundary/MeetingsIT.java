package eu.socialmap.workinggroup.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import eu.socialmap.workinggroup.control.PollSummary;
import eu.socialmap.workinggroup.entity.Answer;
import eu.socialmap.workinggroup.entity.Meeting;
import eu.socialmap.workinggroup.entity.MeetingDetails;
import eu.socialmap.workinggroup.entity.MonthlyRule;
import eu.socialmap.workinggroup.entity.TimeSlot;
import eu.socialmap.workinggroup.entity.WorkingGroup;
import jakarta.persistence.EntityManager;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scheduling against the real database: a date poll answered (and an answer changed), the best option confirmed by
 * the lead only, invitations in each member's language with an .ics file whose UID stays and whose SEQUENCE grows
 * at a move and a cancellation; bad dates and links refused field by field with nothing saved; a monthly series at
 * 09:30 Brussels time on both sides of a daylight-saving change.
 */
class MeetingsIT {

    private static final MeetingDetails DETAILS = new MeetingDetails(null, null, "Rue de la Victoire 96, 1060 Saint-Gilles",
            "https://visio.example.org/groupe", 20, "1. Tour de table");

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final GroupFixtures fixtures = new GroupFixtures(em);
    private WorkingGroup group;
    private Account lead;
    private Account french;
    private Account dutch;

    @BeforeEach
    void aGroupOfALeadAFrenchAndADutchSpeaker() {
        group = fixtures.group();
        lead = fixtures.leadOf(group);
        french = fixtures.member(group, "Sophie");
        dutch = speaking(fixtures.member(group, "Jan"), Language.NL);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aPollIsAnsweredTheLeadConfirmsTheBestDateAndEveryoneGetsAnInvitationThatMovesAndCancels() {
        fixtures.signIn(lead);
        Meeting proposed = fixtures.tx(() -> fixtures.meetings.propose(group.getId(), "Réunion de rentrée",
                List.of(slot(8, 10), slot(9, 14), slot(10, 9)), DETAILS));
        List<Long> options = proposed.getOptions().stream().map(o -> o.getId()).toList();
        assertThat(options).hasSize(3);
        assertThat(subjectsTo(dutch)).as("asked to answer, in Dutch").anySatisfy(s -> assertThat(s).endsWith(": welke datum past u?"));

        answer(french, proposed.getId(), Map.of(options.get(0), Answer.YES, options.get(1), Answer.IF_NEED_BE, options.get(2), Answer.NO));
        answer(dutch, proposed.getId(), Map.of(options.get(0), Answer.NO, options.get(1), Answer.YES, options.get(2), Answer.YES));
        fixtures.signIn(lead);
        assertThat(fixtures.meetings.poll(proposed.getId()).summary().bestOptionId()).isEqualTo(options.get(1));

        answer(dutch, proposed.getId(), Map.of(options.get(0), Answer.YES)); // she can come to the first after all
        fixtures.signIn(dutch);
        Meetings.Poll poll = fixtures.meetings.poll(proposed.getId());
        assertThat(poll.mine()).containsEntry(options.get(0), Answer.YES).containsEntry(options.get(2), Answer.YES);
        List<PollSummary.OptionCount> counts = poll.summary().options();
        assertThat(counts).extracting(PollSummary.OptionCount::yes, PollSummary.OptionCount::ifNeedBe,
                PollSummary.OptionCount::no).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 0, 0),
                org.assertj.core.groups.Tuple.tuple(1, 1, 0),
                org.assertj.core.groups.Tuple.tuple(1, 0, 1));
        assertThat(poll.summary().bestOptionId()).isEqualTo(options.get(0));
        assertThat(counts.get(0).best()).isTrue();

        fixtures.signIn(french);
        refusedWith(() -> fixtures.tx(() -> fixtures.meetings.confirm(proposed.getId(), options.get(0))),
                "workinggroup.leadsOnly");
        Account stranger = fixtures.person("Curieuse");
        fixtures.signIn(stranger);
        refusedWith(() -> fixtures.meetings.poll(proposed.getId()), "workinggroup.membersOnly");
        refusedWith(() -> fixtures.tx(() -> {
            fixtures.meetings.answer(proposed.getId(), Map.of(options.get(0), Answer.YES));
            return null;
        }), "workinggroup.membersOnly");

        fixtures.signIn(lead);
        Meeting confirmed = fixtures.tx(() -> fixtures.meetings.confirm(proposed.getId(), options.get(0)));
        assertThat(confirmed.getStatus()).isEqualTo(Meeting.Status.CONFIRMED);
        assertThat(confirmed.getStartsAt()).isEqualTo(slot(8, 10).start());
        String uid = confirmed.getUid();

        Mail toFrench = lastInvitation(french);
        assertThat(toFrench.subject()).contains(" : Réunion de rentrée, le ");
        assertThat(toFrench.body()).startsWith("Bonjour").contains("La réunion « Réunion de rentrée »");
        Mail toDutch = lastInvitation(dutch);
        assertThat(toDutch.subject()).contains(": Réunion de rentrée, op ");
        assertThat(toDutch.body()).startsWith("Dag").contains("De vergadering ‘Réunion de rentrée’");
        for (Mail invitation : List.of(toFrench, toDutch, lastInvitation(lead))) {
            assertThat(invitation.attachmentName()).endsWith(".ics");
            assertThat(invitation.attachmentType()).startsWith("text/calendar");
            assertThat(invitation.ics()).contains("METHOD:REQUEST", "UID:" + uid, "SEQUENCE:0", "STATUS:CONFIRMED",
                    "TZID=Europe/Brussels");
        }
        fixtures.signIn(french);
        refusedWith(() -> fixtures.tx(() -> {
            fixtures.meetings.answer(proposed.getId(), Map.of(options.get(1), Answer.YES));
            return null;
        }), "workinggroup.meeting.pollClosed");

        fixtures.signIn(lead);
        fixtures.tx(() -> fixtures.meetings.move(proposed.getId(), slot(11, 10)));
        for (Account member : List.of(lead, french, dutch)) {
            assertThat(lastInvitation(member).ics()).contains("METHOD:REQUEST", "UID:" + uid, "SEQUENCE:1")
                    .doesNotContain("SEQUENCE:0");
        }
        assertThat(lastInvitation(dutch).subject()).as("moved, in Dutch").startsWith("Gewijzigd");

        fixtures.tx(() -> fixtures.meetings.cancel(proposed.getId()));
        for (Account member : List.of(lead, french, dutch)) {
            assertThat(lastInvitation(member).ics()).contains("METHOD:CANCEL", "UID:" + uid, "SEQUENCE:2",
                    "STATUS:CANCELLED");
        }
        assertThat(lastInvitation(french).subject()).startsWith("Annulé");
    }

    @Test
    void badDatesAndLinksAreRefusedFieldByFieldAndNothingIsSaved() {
        fixtures.signIn(lead);
        TimeSlot past = new TimeSlot(Instant.now().minus(Duration.ofDays(1)), Instant.now().minus(Duration.ofDays(1)).plusSeconds(3600));
        TimeSlot backwards = new TimeSlot(slot(5, 12).start(), slot(5, 12).start().minus(Duration.ofHours(1)));

        assertThat(fieldsRefused(() -> fixtures.meetings.propose(group.getId(), "Réunion", List.of(past, backwards,
                slot(6, 10)), DETAILS))).containsExactly("slot-0", "slot-1");
        assertThat(fieldsRefused(() -> fixtures.meetings.propose(group.getId(), "Réunion", List.of(slot(6, 10)), DETAILS)))
                .containsExactly("slot-1");
        List<TimeSlot> eleven = IntStream.range(0, 11).mapToObj(day -> slot(3 + day, 10)).toList();
        assertThat(fieldsRefused(() -> fixtures.meetings.propose(group.getId(), "Réunion", eleven, DETAILS)))
                .containsExactly("slot-10");
        for (String link : List.of("visio sans lien", "javascript:alert(1)")) {
            assertThat(fieldsRefused(() -> fixtures.meetings.propose(group.getId(), "Réunion",
                    List.of(slot(6, 10), slot(7, 10)), new MeetingDetails(null, null, null, link, null, null))))
                    .as(link).containsExactly("videoUrl");
        }
        assertThat(fieldsRefused(() -> fixtures.meetings.schedule(group.getId(), "Réunion", past, DETAILS)))
                .containsExactly("slot-0");
        assertThat(fieldsRefused(() -> fixtures.meetings.propose(group.getId(), " ", List.of(slot(6, 10),
                slot(6, 10)), DETAILS))).containsExactly("title", "slot-1");

        em.clear();
        assertThat(em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.groupId = :group", Long.class)
                .setParameter("group", group.getId()).getSingleResult()).isZero();
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM meeting_option o JOIN meeting m ON m.id = o.meeting_id "
                + "WHERE m.group_id = ?").setParameter(1, group.getId()).getSingleResult()).longValue()).isZero();
    }

    @Test
    void aMonthlySeriesMeetsTheFirstTuesdayAt0930BrusselsTimeOnBothSidesOfTheClockChange() {
        // January to July of next year: the clocks go forward at the end of March
        LocalDate first = LocalDate.of(LocalDate.now(Messages.NETWORK_ZONE).getYear() + 1, 1, 1);
        LocalDate last = first.plusMonths(6);
        List<LocalDate> firstTuesdays = new ArrayList<>();
        for (LocalDate month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate tuesday = month.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY));
            if (!tuesday.isAfter(last)) {
                firstTuesdays.add(tuesday);
            }
        }
        LocalDate skipped = firstTuesdays.get(1); // no meeting in February (school holidays)
        fixtures.signIn(lead);

        List<Meeting> series = fixtures.tx(() -> fixtures.meetings.scheduleSeries(group.getId(), "Réunion mensuelle",
                new MonthlyRule(1, DayOfWeek.TUESDAY), LocalTime.of(9, 30), 120, first, last, Set.of(skipped), DETAILS));

        assertThat(series).hasSize(firstTuesdays.size() - 1);
        assertThat(series).extracting(m -> m.getStartsAt().atZone(Messages.NETWORK_ZONE).toLocalDate())
                .containsExactlyElementsOf(firstTuesdays.stream().filter(d -> !d.equals(skipped)).toList());
        assertThat(series).allSatisfy(meeting -> {
            ZonedDateTime local = meeting.getStartsAt().atZone(Messages.NETWORK_ZONE);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 30));
            assertThat(Duration.between(meeting.getStartsAt(), meeting.getEndsAt())).isEqualTo(Duration.ofHours(2));
            assertThat(meeting.getSeriesId()).isNotNull();
            assertThat(meeting.getStatus()).isEqualTo(Meeting.Status.CONFIRMED);
            assertThat(meeting.getReminderDueAt()).isEqualTo(meeting.getStartsAt().minus(Duration.ofDays(2)));
        });
        assertThat(series).extracting(m -> m.getStartsAt().atOffset(ZoneOffset.UTC).toLocalTime())
                .as("winter and summer time").contains(LocalTime.of(8, 30), LocalTime.of(7, 30));
        assertThat(series).extracting(Meeting::getUid).doesNotHaveDuplicates();
        assertThat(subjectsTo(dutch)).filteredOn(s -> s.contains("Réunion mensuelle")).as("one mail for the series")
                .hasSize(1);
    }

    /** One mail as the outbox holds it. */
    private record Mail(String subject, String body, String attachmentName, String attachmentType, String ics) {
    }

    /** The last mail to this person that carries a calendar file, its lines unfolded (RFC 5545 §3.1). */
    private Mail lastInvitation(Account person) {
        em.clear();
        Object[] row = (Object[]) em.createNativeQuery("SELECT subject, body, attachment_name, attachment_type, "
                        + "attachment_text FROM mail_outbox WHERE recipient = ? AND attachment_text IS NOT NULL "
                        + "ORDER BY id DESC LIMIT 1")
                .setParameter(1, person.getEmail()).getSingleResult();
        return new Mail((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                ((String) row[4]).replace("\r\n ", "").replace("\r\n\t", ""));
    }

    private List<String> subjectsTo(Account person) {
        em.clear();
        return em.createQuery("SELECT m.subject FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", person.getEmail()).getResultList();
    }

    private void answer(Account member, long meetingId, Map<Long, Answer> answers) {
        fixtures.signIn(member);
        fixtures.tx(() -> {
            fixtures.meetings.answer(meetingId, answers);
            return null;
        });
    }

    /** The fields named by the refusal; the work runs in a transaction that rolls back. */
    private List<String> fieldsRefused(ThrowableAssert.ThrowingCallable work) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(() -> fixtures.tx(() -> {
            try {
                work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class,
                e -> e.fieldErrors().forEach(error -> fields.add(error.field())));
        return fields;
    }

    @Test
    void aDateOfThePollThatHasPassedCannotBeConfirmed() {
        fixtures.signIn(lead);
        Meeting proposed = fixtures.tx(() -> fixtures.meetings.propose(group.getId(), "Réunion tardive",
                List.of(slot(1, 10), slot(2, 10)), DETAILS));
        long first = proposed.getOptions().get(0).getId();
        fixtures.tx(() -> em.createNativeQuery("UPDATE meeting_option SET starts_at = UTC_TIMESTAMP(3) - INTERVAL 1 HOUR, "
                + "ends_at = UTC_TIMESTAMP(3) + INTERVAL 1 HOUR WHERE id = ?").setParameter(1, first).executeUpdate());
        em.clear();

        refusedWith(() -> fixtures.tx(() -> fixtures.meetings.confirm(proposed.getId(), first)), "workinggroup.meeting.inPast");
        em.clear();
        assertThat(fixtures.meetings.meeting(proposed.getId()).getStatus()).as("still a poll").isEqualTo(Meeting.Status.POLL);
    }

    private void refusedWith(ThrowableAssert.ThrowingCallable work, String messageKey) {
        assertThatThrownBy(work).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    /** Two hours from {@code hour} o'clock, Brussels time, {@code daysAhead} days from today. */
    private static TimeSlot slot(int daysAhead, int hour) {
        Instant start = LocalDate.now(Messages.NETWORK_ZONE).plusDays(daysAhead).atTime(hour, 0)
                .atZone(Messages.NETWORK_ZONE).toInstant();
        return new TimeSlot(start, start.plus(Duration.ofHours(2)));
    }

    private Account speaking(Account person, Language language) {
        fixtures.tx(() -> em.createNativeQuery("UPDATE account SET language = ? WHERE id = ?")
                .setParameter(1, language.code()).setParameter(2, person.getId()).executeUpdate());
        em.clear();
        return em.find(Account.class, person.getId());
    }
}
