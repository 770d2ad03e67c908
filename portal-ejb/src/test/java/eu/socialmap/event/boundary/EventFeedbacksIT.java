package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * After the event: the survey is mailed once to each person who had a seat, with a link of her own; she answers (and
 * may change her answers, which stay one); nobody without a seat, nor anybody before the end, may answer; the
 * organisers read the results per question and the event's figures for the indicators.
 */
class EventFeedbacksIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final EventFixtures fixtures = new EventFixtures(em);
    private final EventFeedbacks feedbacks = new EventFeedbacks();
    private final EventFigures figures = new EventFigures();

    EventFeedbacksIT() {
        feedbacks.em = em;
        feedbacks.events = fixtures.events;
        feedbacks.registrations = fixtures.registrations;
        feedbacks.notices = fixtures.notices;
        figures.em = em;
        figures.events = fixtures.events;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aParticipantOfAnEndedEventAnswersAndAnsweringAgainReplacesHerAnswers() {
        Event forum = fixtures.forum(5, 10);
        EventRegistrations.Made anne = fixtures.visitor(forum, "Anne");
        EventRegistrations.Made bruno = fixtures.visitor(forum, "Bruno");
        ended(forum);

        EventFeedbacks.Survey survey = fixtures.tx(() -> feedbacks.form(anne.token()));
        assertThat(survey.name()).isEqualTo("Anne");
        assertThat(survey.previous()).isNull();
        fixtures.tx(() -> { feedbacks.submit(anne.token(), new EventFeedbacks.Answers(2, 3, 4, false, "Trop court.")); return null; });
        fixtures.tx(() -> { feedbacks.submit(anne.token(), new EventFeedbacks.Answers(5, 4, 4, true, "  Très bien, finalement.  ")); return null; });
        fixtures.tx(() -> { feedbacks.submit(bruno.token(), new EventFeedbacks.Answers(4, 4, 2, true, null)); return null; });

        assertThat(feedbackRows(forum)).as("one answer per registration").isEqualTo(2);
        EventFeedbacks.Survey again = fixtures.tx(() -> feedbacks.form(anne.token()));
        assertThat(again.previous()).isEqualTo(new EventFeedbacks.Answers(5, 4, 4, true, "Très bien, finalement."));

        fixtures.signIn(fixtures.people.coordinator());
        EventFeedbacks.Results results = fixtures.tx(() -> feedbacks.results(forum.getId(), 1));
        assertThat(results.answers()).isEqualTo(2);
        EventFeedbacks.Question overall = results.questions().get(0);
        assertThat(overall.key()).isEqualTo("overall");
        assertThat(overall.counts()).containsExactly(0, 0, 0, 1, 1);
        assertThat(overall.average()).isEqualTo(4.5);
        assertThat(overall.percent(5)).isEqualTo(50);
        assertThat(results.questions().get(2).counts()).as("organisation").containsExactly(0, 1, 0, 1, 0);
        assertThat(results.wouldReturn()).isEqualTo(2);
        assertThat(results.wouldNotReturn()).isZero();
        assertThat(results.comments()).extracting(EventFeedbacks.Comment::text).containsExactly("Très bien, finalement.");
        assertThat(results.commentCount()).isEqualTo(1);
    }

    @Test
    void someoneWithoutASeatBeforeTheEndOrWithAForgedLinkIsRefusedAndBadAnswersAreRefusedByField() {
        Event forum = fixtures.forum(1, 10);
        EventRegistrations.Made seated = fixtures.visitor(forum, "Anne");
        EventRegistrations.Made waiting = fixtures.visitor(forum, "Bruno");
        EventFeedbacks.Answers fine = new EventFeedbacks.Answers(4, 4, 4, true, null);

        assertThatThrownBy(() -> fixtures.tx(() -> feedbacks.form(seated.token())))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.feedback.notEnded");
        ended(forum);
        assertThatThrownBy(() -> fixtures.tx(() -> { feedbacks.submit(waiting.token(), fine); return null; }))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.feedback.noSeat");
        assertThatThrownBy(() -> fixtures.tx(() -> feedbacks.form("A".repeat(43))))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.registration.unknownLink");

        assertThatThrownBy(() -> fixtures.tx(() -> {
            feedbacks.submit(seated.token(), new EventFeedbacks.Answers(0, null, 6, null, "x".repeat(2001)));
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.fieldErrors())
                .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                .containsExactlyInAnyOrder(tuple("overall", "event.feedback.score"), tuple("content", "event.feedback.scoreRequired"),
                        tuple("organisation", "event.feedback.score"), tuple("wouldReturn", "input.required"),
                        tuple("comment", "input.tooLong")));
        assertThat(feedbackRows(forum)).as("nothing saved").isZero();

        // the results are the organisers' only
        fixtures.signIn(fixtures.people.person("Curieuse"));
        assertThatThrownBy(() -> fixtures.tx(() -> feedbacks.results(forum.getId(), 1)))
                .isInstanceOf(BusinessException.class).extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> fixtures.tx(() -> figures.of(forum.getId())))
                .isInstanceOf(BusinessException.class).extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
    }

    @Test
    void theSendingMarksTheEventAndMailsEachSeatedPersonOnceWithALinkThatOpensTheSurvey() {
        Event forum = fixtures.forum(2, 10);
        EventRegistrations.Made anne = fixtures.visitor(forum, "Anne");
        EventRegistrations.Made bruno = fixtures.visitor(forum, "Bruno");
        EventRegistrations.Made waiting = fixtures.visitor(forum, "Chloé");
        Event ahead = fixtures.forum(2, 10);
        EventRegistrations.Made early = fixtures.visitor(ahead, "Dirk");
        fixtures.startsAt(forum, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(3)));
        em.clear();
        fixtures.signIn(fixtures.people.coordinator());
        fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), anne.registration().getTicketCode(), null));
        ended(forum);
        int anneMails = fixtures.subjects(anne.registration().getEmail()).size();

        // events of other tests may be due too: send until none is left
        while (fixtures.tx(() -> feedbacks.sendDue(5)) > 0) {
            // next batch
        }
        assertThat(fixtures.tx(() -> feedbacks.sendDue(5))).as("nothing is sent twice").isZero();

        em.clear();
        assertThat(em.find(Event.class, forum.getId()).getFeedbackSentAt()).isNotNull();
        assertThat(em.find(Event.class, ahead.getId()).getFeedbackSentAt()).as("not ended yet").isNull();
        assertThat(fixtures.subjects(anne.registration().getEmail())).hasSize(anneMails + 1).last().asString()
                .contains(forum.getTitle().in(anne.registration().getLanguage()));
        assertThat(fixtures.subjects(bruno.registration().getEmail())).filteredOn(s -> s.contains("avis")).hasSize(1);
        assertThat(fixtures.subjects(waiting.registration().getEmail())).noneMatch(s -> s.contains("avis"));
        assertThat(fixtures.subjects(early.registration().getEmail())).noneMatch(s -> s.contains("avis"));

        // the mailed link opens the survey; the link mailed before it no longer does
        String brunosLink = fixtures.lastToken(bruno.registration().getEmail());
        assertThat(brunosLink).isNotEqualTo(bruno.token());
        fixtures.tx(() -> { feedbacks.submit(brunosLink, new EventFeedbacks.Answers(3, 3, 3, false, "Salle trop petite")); return null; });
        assertThatThrownBy(() -> fixtures.tx(() -> feedbacks.form(bruno.token())))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.registration.unknownLink");
        assertThat(feedbackRows(forum)).isEqualTo(1);
    }

    @Test
    void theFiguresCountSeatedAndPresentPeopleByOrganisationKindCountryAndType() {
        Event forum = fixtures.forum(3, 10);
        Account member = fixtures.people.person("Membre");
        fixtures.signIn(member);
        Registration professional = fixtures.tx(() -> fixtures.registrations.register(forum.getId(), RegistrationForm.oneClick(), null))
                .registration();
        EventRegistrations.Made volunteer = fixtures.visitor(forum, "Anne");
        fixtures.signIn(null);
        RegistrationForm french = new RegistrationForm("Jeanne", EventFixtures.uniqueEmail("jeanne"), "fr", "Centre social", null,
                eu.socialmap.event.entity.ParticipantType.PROFESSIONAL, "FR", null, null, false, List.of(), Map.of());
        Registration jeanne = fixtures.tx(() -> fixtures.registrations.register(forum.getId(), french, null)).registration();
        fixtures.visitor(forum, "Attente"); // waiting: not counted
        fixtures.startsAt(forum, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(3)));
        em.clear();
        fixtures.signIn(fixtures.people.coordinator());
        fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), professional.getTicketCode(), null));
        fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), jeanne.getTicketCode(), null));

        EventFigures.Figures of = fixtures.tx(() -> figures.of(forum.getId()));
        assertThat(of.seated()).isEqualTo(3);
        assertThat(of.present()).isEqualTo(2);
        assertThat(of.byParticipantType()).containsExactly(new EventFigures.Line("PROFESSIONAL", 2, 2),
                new EventFigures.Line("VOLUNTEER", 1, 0));
        Map<String, long[]> countries = new java.util.HashMap<>();
        countries.merge(professional.getCountry(), new long[]{1, 1}, EventFeedbacksIT::add);
        countries.merge("FR", new long[]{1, 1}, EventFeedbacksIT::add);
        countries.merge("BE", new long[]{1, 0}, EventFeedbacksIT::add);
        assertThat(of.byCountry()).hasSize(countries.size());
        of.byCountry().forEach(line -> assertThat(new long[]{line.seated(), line.present()}).as(line.key())
                .containsExactly(countries.get(line.key())));
        assertThat(of.byOrganisationKind()).as("people without an organisation of the map last")
                .containsExactly(new EventFigures.Line(professional.getOrganisationKind(), 1, 1), new EventFigures.Line(null, 2, 1));
        assertThat(volunteer.registration().getOrganisationKind()).isNull();
    }

    private static long[] add(long[] a, long[] b) {
        return new long[]{a[0] + b[0], a[1] + b[1]};
    }

    /** The event moved into the past (it ended an hour ago). */
    private void ended(Event event) {
        fixtures.startsAt(event, Instant.now().minus(Duration.ofHours(5)), Instant.now().minus(Duration.ofHours(1)));
        em.clear();
    }

    private long feedbackRows(Event event) {
        return em.createQuery("SELECT COUNT(f) FROM EventFeedback f WHERE f.eventId = :event", Long.class)
                .setParameter("event", event.getId()).getSingleResult();
    }

}
