package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Audience;
import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.EventDetails;
import eu.socialmap.event.entity.EventKind;
import eu.socialmap.event.entity.FormField;
import eu.socialmap.event.entity.ParticipantType;
import eu.socialmap.event.entity.Registration;
import eu.socialmap.event.entity.RegistrationForm;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The event services wired by hand on one entity manager, on top of the working groups' fixtures for people (a
 * coordinator, people of member organisations, outsiders). The "signed-in person" is whoever {@link #signIn} named.
 */
public final class EventFixtures {

    public final EntityManager em;
    public final GroupFixtures people;
    public final Events events = new Events();
    public final EventRegistrations registrations = new EventRegistrations();
    public final EventNotices notices = new EventNotices();
    public final EventDesk desk = new EventDesk();

    public EventFixtures(EntityManager em) {
        this.em = em;
        people = new GroupFixtures(em);
        notices.mailer = people.mailer;
        notices.publicUrl = people.publicUrl;

        events.em = em;
        events.callers = people.callers;
        events.charter = people.membership.charter;
        events.audit = people.audit;
        events.notices = notices;

        registrations.em = em;
        registrations.callers = people.callers;
        registrations.charter = people.membership.charter;
        registrations.events = events;
        registrations.notices = notices;

        desk.em = em;
        desk.events = events;
        desk.callers = people.callers;
    }

    public void signIn(Account account) {
        people.signIn(account);
    }

    /** A published public forum of the coordinator's, {@code daysAhead} days from today at 9:00, with this capacity. */
    public Event forum(int capacity, int daysAhead) {
        return event(EventKind.FORUM, Audience.PUBLIC, capacity, daysAhead);
    }

    public Event event(EventKind kind, Audience audience, int capacity, int daysAhead) {
        signIn(people.coordinator());
        LocalDate day = LocalDate.now(Messages.NETWORK_ZONE).plusDays(daysAhead);
        Instant start = LocalDateTime.of(day, LocalTime.of(9, 0)).atZone(Messages.NETWORK_ZONE).toInstant();
        EventDetails details = new EventDetails(kind, new LocalizedText(unique("Forum"), "Forum NL", "Forum EN"),
                new LocalizedText("Un forum transfrontalier.", "", ""), null, null, "Rue de la Victoire 96, 1060 Saint-Gilles",
                null, start, start.plus(Duration.ofHours(8)), audience, List.of("fr", "nl"), true, capacity, null, null,
                Set.of(FormField.ORGANISATION, FormField.DIET), 48, kind == EventKind.FAIR ? 30 : null);
        Event event = tx(() -> events.create(details).event());
        return tx(() -> events.publish(event.getId()));
    }

    /** Someone without an account registers. */
    public EventRegistrations.Made visitor(Event event, String name) {
        signIn(null);
        return tx(() -> registrations.register(event.getId(), form(name), null));
    }

    public static RegistrationForm form(String name) {
        return new RegistrationForm(name, uniqueEmail(name), "fr", "ASBL " + name, null, ParticipantType.VOLUNTEER, "BE",
                null, null, false, List.of(), Map.of());
    }

    public static String uniqueEmail(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public Registration reread(Registration registration) {
        Registration found = em.find(Registration.class, registration.getId());
        em.refresh(found);
        return found;
    }

    /** The subjects of the mails sent to an address, oldest first. */
    public List<String> subjects(String email) {
        return em.createQuery("SELECT m.subject FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", email).getResultList();
    }

    /** The bodies of the mails sent to an address, oldest first. */
    public List<String> bodies(String email) {
        return em.createQuery("SELECT m.body FROM OutgoingMail m WHERE m.recipient = :to ORDER BY m.id", String.class)
                .setParameter("to", email).getResultList();
    }

    /** The token of the last personal link mailed to this address. */
    public String lastToken(String email) {
        List<String> bodies = bodies(email);
        for (int i = bodies.size() - 1; i >= 0; i--) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(bodies.get(i));
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("No personal link mailed to " + email);
    }

    /** Moves an event by SQL (e.g. to today, so that its desk opens, or into the past). */
    public void startsAt(Event event, Instant start, Instant end) {
        tx(() -> em.createNativeQuery("UPDATE event SET starts_at = ?, ends_at = ? WHERE id = ?")
                .setParameter(1, LocalDateTime.ofInstant(start, ZoneOffset.UTC))
                .setParameter(2, LocalDateTime.ofInstant(end, ZoneOffset.UTC))
                .setParameter(3, event.getId()).executeUpdate());
    }

    public <T> T tx(Supplier<T> work) {
        return people.tx(work);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
