package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FairStand;
import eu.socialmap.event.entity.StandSize;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.workinggroup.boundary.GroupFixtures;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The fair's services wired by hand on one entity manager, on top of the events' fixtures and their people (a
 * coordinator who organises the network's fairs, administrators of member and non-member organisations). The
 * "signed-in person" is whoever {@link #signIn} named last.
 */
final class FairFixtures {

    final EntityManager em;
    final EventFixtures base;
    final GroupFixtures people;
    final Events events;
    final EventNotices notices;
    final FairStands stands = new FairStands();

    FairFixtures(EntityManager em) {
        this.em = em;
        base = new EventFixtures(em); // people, events and notices are wired there once
        people = base.people;
        events = base.events;
        notices = base.notices;

        stands.em = em;
        stands.events = events;
        stands.callers = people.callers;
        stands.charter = people.membership.charter;
        stands.mailer = people.mailer;
        stands.publicUrl = people.publicUrl;
        stands.audit = people.audit;
    }

    void signIn(Account account) {
        people.signIn(account);
    }

    Account coordinator() {
        return people.coordinator();
    }

    /** A published fair of the network's coordination, {@code daysAhead} days from today at 10:00, with numbered stands. */
    Event fair(int standCount, int daysAhead) {
        return published(EventKind.FAIR, standCount, daysAhead);
    }

    /** A published event of another kind (no stands). */
    Event forum(int daysAhead) {
        return published(EventKind.FORUM, null, daysAhead);
    }

    private Event published(EventKind kind, Integer standCount, int daysAhead) {
        signIn(coordinator());
        LocalDate day = LocalDate.now(Messages.NETWORK_ZONE).plusDays(daysAhead);
        Instant start = LocalDateTime.of(day, LocalTime.of(10, 0)).atZone(Messages.NETWORK_ZONE).toInstant();
        String title = "Bourse aux associations " + UUID.randomUUID().toString().substring(0, 8);
        EventDetails details = new EventDetails(kind, new LocalizedText(title, "Verenigingenbeurs", "Associations fair"),
                new LocalizedText("Les associations du quartier présentent leurs activités.", "", ""), null, null,
                "Place Maurice Van Meenen 39, 1060 Saint-Gilles", null, start, start.plus(Duration.ofHours(6)),
                Audience.PUBLIC, List.of("fr", "nl"), false, 500, null, null, Set.of(), 48, standCount);
        Event event = tx(() -> events.create(details).event());
        return tx(() -> events.publish(event.getId()));
    }

    /** An administrator of an accepted organisation that has signed the charter (a member of the network). */
    Account memberAdministrator(String name) {
        return people.person(name);
    }

    /** An administrator of an accepted organisation outside the network: the fair is open to it too. */
    Account outsideAdministrator(String name) {
        return people.outsider(name);
    }

    /** The administrator applies for a small stand with a table for her organisation. */
    FairStand apply(Account administrator, Event fair) {
        signIn(administrator);
        return tx(() -> stands.apply(fair.getId(), StandSize.SMALL, true, false, "Deux kakémonos."));
    }

    /** The coordinator gives the stand this number. */
    FairStand allocate(FairStand stand, int number) {
        signIn(coordinator());
        return tx(() -> stands.allocate(stand.getId(), number));
    }

    FairStand reread(FairStand stand) {
        FairStand found = em.find(FairStand.class, stand.getId());
        em.refresh(found);
        return found;
    }

    /** The person's language, changed by SQL (accounts are created in French by the fixtures). */
    Account speaks(Account account, String language) {
        tx(() -> em.createNativeQuery("UPDATE account SET language = ? WHERE id = ?").setParameter(1, language)
                .setParameter(2, account.getId()).executeUpdate());
        Account changed = em.find(Account.class, account.getId());
        em.refresh(changed);
        return changed;
    }

    /** The subjects of the mails sent to an address, oldest first. */
    List<String> subjects(String email) {
        return base.subjects(email);
    }

    List<String> bodies(String email) {
        return base.bodies(email);
    }

    /** Moves the event's start by SQL (the services refuse a date in the past). */
    void startsAt(Event event, Instant start) {
        tx(() -> em.createNativeQuery("UPDATE event SET starts_at = ?, ends_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(start, java.time.ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(start.plus(Duration.ofHours(6)), java.time.ZoneOffset.UTC))
                .setParameter(3, event.getId()).executeUpdate());
        em.refresh(em.find(Event.class, event.getId()));
    }

    <T> T tx(Supplier<T> work) {
        return people.tx(work);
    }
}
