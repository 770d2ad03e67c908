package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventSeats;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registrations as people live them: seats, then a numbered waiting list; a cancellation promotes the next person,
 * who is told at once and has a deadline; a duplicate, a closed event, an expired promotion and a full workshop are
 * refused with nothing lost; and with many connections at once the capacity holds.
 */
class EventRegistrationsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final EventFixtures fixtures = new EventFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theFourthIsWaitlistedThenPromotedWhenSomeoneCancelsByHerLink() {
        Event forum = fixtures.forum(3, 10);
        Account member = fixtures.people.person("Membre");
        fixtures.signIn(member);
        EventRegistrations.Made first = fixtures.tx(() -> fixtures.registrations.register(forum.getId(), RegistrationForm.oneClick(), null));
        EventRegistrations.Made second = fixtures.visitor(forum, "Sophie");
        EventRegistrations.Made third = fixtures.visitor(forum, "Jan");
        EventRegistrations.Made fourth = fixtures.visitor(forum, "Fatima");

        assertThat(first.registration().getStatus()).isEqualTo(Registration.Status.CONFIRMED);
        assertThat(first.registration().isEmailConfirmed()).as("an account's address is known").isTrue();
        assertThat(fixtures.subjects(member.getEmail())).last().asString().contains(forum.getTitle().in(member.getLanguage()));
        assertThat(second.registration().getStatus()).isEqualTo(Registration.Status.CONFIRMED);
        assertThat(second.registration().getExpiresAt()).as("to confirm her address").isNotNull();
        assertThat(fourth.registration().getStatus()).isEqualTo(Registration.Status.WAITLISTED);
        assertThat(fourth.registration().getWaitlistNumber()).isEqualTo(1);
        assertThat(fourth.position()).isEqualTo(1);

        // the same person again: refused, her registration untouched
        fixtures.signIn(null);
        RegistrationForm again = new RegistrationForm("Sophie bis", second.registration().getEmail(), "nl", "vzw", null,
                null, null, null, null, false, List.of(), Map.of());
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.registrations.register(forum.getId(), again, null)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.registration.duplicate");
        assertThat(fixtures.reread(second.registration()).getName()).isEqualTo("Sophie");

        // Jan confirms his address, then cancels by the link of his mail: Fatima is offered his seat and told
        String jansLink = fixtures.lastToken(third.registration().getEmail());
        fixtures.tx(() -> fixtures.registrations.confirmEmail(jansLink));
        fixtures.tx(() -> fixtures.registrations.cancel(jansLink));
        Registration promoted = fixtures.reread(fourth.registration());
        assertThat(promoted.getStatus()).isEqualTo(Registration.Status.OFFERED);
        assertThat(promoted.getExpiresAt()).isBetween(Instant.now().plus(Duration.ofHours(47)), Instant.now().plus(Duration.ofHours(49)));
        assertThat(fixtures.subjects(fourth.registration().getEmail())).last().asString().contains("place");
        assertThat(seats(forum).getTaken()).isEqualTo(3);

        // her old link no longer works; the one in the new mail does
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.registrations.acceptOffer(fourth.token())))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.registration.unknownLink");
        String offerLink = fixtures.lastToken(fourth.registration().getEmail());
        fixtures.tx(() -> fixtures.registrations.acceptOffer(offerLink));
        assertThat(fixtures.reread(fourth.registration()).getStatus()).isEqualTo(Registration.Status.CONFIRMED);
        assertThat(fixtures.reread(third.registration()).getStatus()).isEqualTo(Registration.Status.CANCELLED);
        assertThat(seats(forum).getTaken()).isEqualTo(3);
    }

    @Test
    void aDeletedAccountsSeatGoesToTheNextPersonAndNothingSaysWhoSheWas() {
        Event forum = fixtures.forum(1, 10);
        Account member = fixtures.people.person("Partante");
        fixtures.signIn(member);
        RegistrationForm needs = new RegistrationForm(null, null, null, null, "Assistante sociale", null, null,
                "sans gluten", "fauteuil roulant", false, List.of(), Map.of());
        EventRegistrations.Made hers = fixtures.tx(() -> fixtures.registrations.register(forum.getId(), needs, null));
        EventRegistrations.Made waiting = fixtures.visitor(forum, "Suivante");

        fixtures.tx(() -> {
            fixtures.registrations.erase(new eu.socialmap.membership.boundary.AccountDeleted(member.getId()));
            return null;
        });

        Registration erased = fixtures.reread(hers.registration());
        assertThat(erased.getStatus()).isEqualTo(Registration.Status.CANCELLED);
        assertThat(erased.getAccountId()).isNull();
        assertThat(erased.getEmail()).doesNotContain(member.getEmail());
        assertThat(erased.getName()).doesNotContain("Partante");
        assertThat(erased.getDiet()).isNull();
        assertThat(erased.getAccessibility()).isNull();
        assertThat(erased.getRole()).isNull();
        assertThat(fixtures.reread(waiting.registration()).getStatus()).as("offered her seat, and told")
                .isEqualTo(Registration.Status.OFFERED);
        assertThat(seats(forum).getTaken()).isEqualTo(1);
        assertThatThrownBy(() -> fixtures.registrations.byToken(hers.token())).as("her old link is dead")
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void anExpiredPromotionIsRefusedAndTheSeatGoesToTheNextPerson() {
        Event forum = fixtures.forum(1, 10);
        EventRegistrations.Made seated = fixtures.visitor(forum, "Anne");
        EventRegistrations.Made waiting1 = fixtures.visitor(forum, "Bruno");
        EventRegistrations.Made waiting2 = fixtures.visitor(forum, "Chloé");
        assertThat(waiting2.registration().getWaitlistNumber()).isEqualTo(2);
        fixtures.tx(() -> fixtures.registrations.cancel(seated.token()));
        String brunosLink = fixtures.lastToken(waiting1.registration().getEmail());
        // Bruno's deadline passes
        fixtures.tx(() -> em.createNativeQuery("UPDATE registration SET expires_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .setParameter(2, waiting1.registration().getId()).executeUpdate());

        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.registrations.acceptOffer(brunosLink)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.offer.expired");
        assertThat(fixtures.reread(waiting1.registration()).getStatus()).as("nothing changed by the refusal").isEqualTo(Registration.Status.OFFERED);

        // the timer passes
        fixtures.tx(() -> fixtures.registrations.expireDue(100));
        assertThat(fixtures.reread(waiting1.registration()).getStatus()).isEqualTo(Registration.Status.EXPIRED);
        assertThat(fixtures.reread(waiting2.registration()).getStatus()).isEqualTo(Registration.Status.OFFERED);
        assertThat(seats(forum).getTaken()).isEqualTo(1);
    }

    @Test
    void aClosedEventAndAFullWorkshopAreRefusedAndNothingIsSaved() {
        Event forum = fixtures.forum(10, 10);
        fixtures.signIn(fixtures.people.coordinator());
        var workshop = fixtures.tx(() -> fixtures.events.saveSession(forum.getId(), null,
                new LocalizedText("Atelier logement", "", ""), forum.getStartsAt(), forum.getStartsAt().plus(Duration.ofHours(2)),
                "Salle 1", "Marie", 1));
        RegistrationForm withWorkshop = new RegistrationForm("Eva", EventFixtures.uniqueEmail("eva"), "nl", "vzw", null, null,
                null, null, null, false, List.of(workshop.getId()), Map.of());
        fixtures.signIn(null);
        fixtures.tx(() -> fixtures.registrations.register(forum.getId(), withWorkshop, null));
        RegistrationForm late = new RegistrationForm("Lotte", EventFixtures.uniqueEmail("lotte"), "nl", "vzw", null, null,
                null, null, null, false, List.of(workshop.getId()), Map.of());
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.registrations.register(forum.getId(), late, null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(seats(forum).getTaken()).as("the seat taken before the workshop was refused is given back").isEqualTo(1);
        assertThat(fixtures.subjects(late.email())).isEmpty();

        // registration closed: the event has begun
        fixtures.startsAt(forum, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> fixtures.visitor(forum, "Tard"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.registration.closed");
    }

    @Test
    void aForgedTicketAnotherEventsTicketAndASecondScanGetClearAnswers() {
        Event forum = fixtures.forum(5, 10);
        Event other = fixtures.forum(5, 10);
        EventRegistrations.Made anne = fixtures.visitor(forum, "Anne");
        EventRegistrations.Made bruno = fixtures.visitor(other, "Bruno");
        fixtures.startsAt(forum, Instant.now().plus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(5)));
        fixtures.signIn(fixtures.people.coordinator());

        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), "SM-AAAAAAAAAAAAAAAAAAAAAAAAAA", null)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.ticket.unknown");
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), "<script>", null)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.ticket.unknown");
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), bruno.registration().getTicketCode(), null)))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("event.ticket.otherEvent");

        EventDesk.CheckIn first = fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(),
                anne.registration().getTicketCode().toLowerCase(), null));
        EventDesk.CheckIn again = fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), anne.registration().getTicketCode(), null));
        assertThat(first.first()).isTrue();
        assertThat(again.first()).isFalse();
        assertThat(again.at()).isEqualTo(first.at());
        EventDesk.Counts counts = fixtures.tx(() -> fixtures.desk.counts(forum.getId()));
        assertThat(counts.confirmed()).isEqualTo(1);
        assertThat(counts.present()).isEqualTo(1);

        // someone who does not organise it cannot check in, whatever she knows
        fixtures.signIn(fixtures.people.person("Curieuse"));
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.desk.checkIn(forum.getId(), anne.registration().getTicketCode(), null)))
                .isInstanceOf(BusinessException.class).extracting("kind").isEqualTo(BusinessException.Kind.FORBIDDEN);
    }

    @Test
    void manyConnectionsRegisteringAtOnceNeverOverbookAndNumberTheWaitingListWithoutGap() throws Exception {
        int capacity = 20;
        int people = 160;
        Event forum = fixtures.forum(capacity, 10);
        // sixteen connections at once, each request in a transaction of its own: the database sees what several nodes
        // would send it (the lock is the database's, no JVM lock is involved)
        String duplicate = EventFixtures.uniqueEmail("double");
        CyclicBarrier start = new CyclicBarrier(16);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < people + 10; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    if (n < 16) {
                        start.await(60, TimeUnit.SECONDS);
                    }
                    EntityManager node = TestDatabase.entityManagerFactory().createEntityManager();
                    try {
                        EventFixtures on = new EventFixtures(node);
                        on.signIn(null);
                        String email = n >= people ? duplicate : EventFixtures.uniqueEmail("p" + n);
                        RegistrationForm form = new RegistrationForm("Personne " + n, email, "fr", "ASBL", null, null,
                                null, null, null, false, List.of(), Map.of());
                        TestDatabase.inTransaction(node, () -> on.registrations.register(forum.getId(), form, null));
                        return "ok";
                    } catch (BusinessException e) {
                        return e.messageKey();
                    } finally {
                        node.close();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(180, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("ok"::equals).hasSize(people + 1);
            assertThat(outcomes).filteredOn("event.registration.duplicate"::equals).hasSize(9);
        } finally {
            pool.shutdownNow();
        }
        List<Object[]> rows = em.createQuery("SELECT r.status, r.waitlistNumber FROM Registration r WHERE r.eventId = :event",
                Object[].class).setParameter("event", forum.getId()).getResultList();
        assertThat(rows).filteredOn(r -> r[0] == Registration.Status.CONFIRMED).hasSize(capacity);
        List<Integer> numbers = rows.stream().filter(r -> r[0] == Registration.Status.WAITLISTED)
                .map(r -> (Integer) r[1]).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, people + 1 - capacity).boxed().toList());
        assertThat(seats(forum).getTaken()).isEqualTo(capacity);
    }

    private EventSeats seats(Event event) {
        EventSeats seats = em.find(EventSeats.class, event.getId());
        em.refresh(seats);
        return seats;
    }

}
