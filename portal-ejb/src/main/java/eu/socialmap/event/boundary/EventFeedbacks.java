package eu.socialmap.event.boundary;

import eu.socialmap.event.control.EventSecrets;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventFeedback;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.BusinessException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short survey after an event. Once an event has ended, each person who had a seat is mailed a new personal link
 * (by {@link #sendDue}, woken by {@link FeedbackTimer}); by it she answers three scores, whether she would come again
 * and a comment, and may change her answers. The organisers read the results per question.
 */
@Stateless
@PermitAll
public class EventFeedbacks {

    /** The survey is sent for events that ended within this time (an old event found due is not surveyed any more). */
    static final Duration SEND_WITHIN = Duration.ofDays(7);
    /** Answers are taken for this long after the end. */
    static final Duration OPEN_FOR = Duration.ofDays(60);
    static final int COMMENTS_PER_PAGE = 20;

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    Events events;

    @Inject
    EventRegistrations registrations;

    @Inject
    EventNotices notices;

    Clock clock = Clock.systemUTC();

    /** What a participant sends; null scores or answer are missing ones (refused by field). */
    public record Answers(Integer overall, Integer content, Integer organisation, Boolean wouldReturn, String comment)
            implements Serializable {
    }

    /** The survey as a participant opens it: the event, who she is, and her earlier answers if any. */
    public record Survey(Event event, String name, Answers previous) implements Serializable {
    }

    /** How many gave each score from 1 to 5 ({@code counts[0]} for 1), and their average (0 without answers). */
    public record Question(String key, long[] counts, long total, double average) implements Serializable {
        /** A score's share of the answers, in whole percent. */
        public int percent(int score) {
            return total == 0 ? 0 : (int) Math.round(100.0 * counts[score - 1] / total);
        }

        public long count(int score) {
            return counts[score - 1];
        }
    }

    public record Comment(String text, Instant at) implements Serializable {
    }

    public record Results(long answers, List<Question> questions, long wouldReturn, long wouldNotReturn,
                          List<Comment> comments, long commentCount, int page, int pages) implements Serializable {
    }

    /** The survey for her personal link, if she may answer it. */
    public Survey form(String token) {
        Registration registration = eligible(token);
        Event event = events.find(registration.getEventId());
        Answers previous = Optional.ofNullable(em.find(EventFeedback.class, registration.getId()))
                .map(f -> new Answers(f.getOverall(), f.getContent(), f.getOrganisation(), f.isWouldReturn(), f.getComment()))
                .orElse(null);
        return new Survey(event, registration.getName(), previous);
    }

    /** Her answers, new or replacing the ones she gave before. */
    public void submit(String token, Answers answers) {
        Registration registration = eligible(token);
        // her registration locked: two answers sent at once end as one row, the later one
        em.lock(registration, LockModeType.PESSIMISTIC_WRITE);
        Answers given = answers == null ? new Answers(null, null, null, null, null) : answers;
        InputCheck input = new InputCheck();
        score(input, "overall", given.overall());
        score(input, "content", given.content());
        score(input, "organisation", given.organisation());
        if (given.wouldReturn() == null) {
            input.refuse("wouldReturn", "input.required");
        }
        String comment = input.text("comment", given.comment(), EventFeedback.MAX_COMMENT, false);
        input.throwIfAny();
        EventFeedback feedback = em.find(EventFeedback.class, registration.getId());
        if (feedback == null) {
            feedback = new EventFeedback(registration);
            feedback.answer(given.overall(), given.content(), given.organisation(), given.wouldReturn(), comment, clock.instant());
            em.persist(feedback);
        } else {
            feedback.answer(given.overall(), given.content(), given.organisation(), given.wouldReturn(), comment, clock.instant());
        }
    }

    /** The results for the organisers: each question's scores, would-come-again, and the comments a page at a time. */
    public Results results(long eventId, int page) {
        events.requireOrganiser(eventId);
        Question overall = question("overall", EventFeedback.OVERALL, eventId);
        Question content = question("content", EventFeedback.CONTENT, eventId);
        Question organisation = question("organisation", EventFeedback.ORGANISATION, eventId);
        long yes = 0;
        long no = 0;
        for (Object[] row : em.createNamedQuery(EventFeedback.WOULD_RETURN, Object[].class).setParameter("event", eventId)
                .getResultList()) {
            if (Boolean.TRUE.equals(row[0])) {
                yes += ((Number) row[1]).longValue();
            } else {
                no += ((Number) row[1]).longValue();
            }
        }
        long commentCount = em.createNamedQuery(EventFeedback.COUNT_COMMENTS, Long.class).setParameter("event", eventId)
                .getSingleResult();
        int pages = (int) Math.max(1, (commentCount + COMMENTS_PER_PAGE - 1) / COMMENTS_PER_PAGE);
        int current = Math.max(1, Math.min(page, pages));
        List<Comment> comments = em.createNamedQuery(EventFeedback.COMMENTS, EventFeedback.class).setParameter("event", eventId)
                .setFirstResult((current - 1) * COMMENTS_PER_PAGE).setMaxResults(COMMENTS_PER_PAGE).getResultStream()
                .map(f -> new Comment(f.getComment(), f.getSubmittedAt())).toList();
        return new Results(overall.total(), List.of(overall, content, organisation), yes, no, comments, commentCount,
                current, pages);
    }

    /**
     * Sends the survey of events that have ended, at most {@code maxEvents} of them, each in the caller's transaction.
     * Each event is claimed first by a conditional update of its row: on two nodes only one sends it; if the sending
     * fails, the claim rolls back with the mails and the event is due again.
     * @return how many events were sent the survey
     */
    public int sendDue(int maxEvents) {
        Instant now = clock.instant();
        List<Long> due = em.createNamedQuery(Event.FEEDBACK_DUE, Long.class).setParameter("now", now)
                .setParameter("since", now.minus(SEND_WITHIN)).setMaxResults(maxEvents).getResultList();
        int sent = 0;
        for (Long eventId : due) {
            int claimed = em.createNamedQuery(EventFeedback.CLAIM_SENDING).setParameter("now", now)
                    .setParameter("id", eventId).executeUpdate();
            if (claimed == 0) {
                continue; // another node took it meanwhile
            }
            Event event = em.find(Event.class, eventId);
            em.refresh(event);
            // at most an event's capacity of people with a seat
            List<Registration> seated = em.createNamedQuery(EventFeedback.TO_ASK, Registration.class)
                    .setParameter("event", eventId).setMaxResults(Event.MAX_CAPACITY).getResultList();
            for (Registration registration : seated) {
                // the mail carries a new personal link: we never keep the old token, only its hash
                String token = EventSecrets.newToken();
                registration.relink(EventSecrets.hash(token));
                notices.feedbackRequest(event, registration, token);
            }
            sent++;
        }
        return sent;
    }

    /** Her registration, if it may answer: a seat at a published event that has ended, not too long ago. */
    private Registration eligible(String token) {
        EventRegistrations.Personal personal = registrations.byToken(token);
        Registration registration = personal.registration();
        Event event = personal.event();
        Instant now = clock.instant();
        if (registration.getStatus() != Registration.Status.CONFIRMED || event.getStatus() != Event.Status.PUBLISHED) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "event.feedback.noSeat");
        }
        if (!event.hasEnded(now)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.feedback.notEnded");
        }
        if (now.isAfter(event.getEndsAt().plus(OPEN_FOR))) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "event.feedback.closed");
        }
        return registration;
    }

    private static void score(InputCheck input, String field, Integer score) {
        if (score == null) {
            input.refuse(field, "event.feedback.scoreRequired");
        } else if (!EventFeedback.isScore(score)) {
            input.refuse(field, "event.feedback.score", EventFeedback.MIN_SCORE, EventFeedback.MAX_SCORE);
        }
    }

    private Question question(String key, String query, long eventId) {
        long[] counts = new long[EventFeedback.MAX_SCORE];
        for (Object[] row : em.createNamedQuery(query, Object[].class).setParameter("event", eventId).getResultList()) {
            int score = ((Number) row[0]).intValue();
            if (score >= EventFeedback.MIN_SCORE && score <= EventFeedback.MAX_SCORE) {
                counts[score - 1] += ((Number) row[1]).longValue();
            }
        }
        long total = 0;
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            total += counts[i];
            sum += counts[i] * (i + 1);
        }
        return new Question(key, counts, total, total == 0 ? 0 : (double) sum / total);
    }
}
