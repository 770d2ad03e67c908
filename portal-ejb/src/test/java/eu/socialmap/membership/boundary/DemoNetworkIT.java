package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo network of the seed documents loads completely: every organisation passes the form's own rules. */
class DemoNetworkIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theSeedOrganisationsLoadWithASignedCharterTwoPendingRegistrationsAndAnAccountPerRole() {
        PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        DemoNetwork demo = new DemoNetwork();
        demo.em = em;
        demo.hashing = hashing;
        demo.postcodes = new eu.socialmap.directory.boundary.PostcodeTable();
        TestDatabase.inTransaction(em, () -> {
            demo.load();
            return null;
        });

        Organisation saintGilles = em.createQuery("SELECT o FROM Organisation o WHERE o.email LIKE '%cpas-saint-gilles%'",
                Organisation.class).getSingleResult();
        assertThat(saintGilles.getStatus()).isEqualTo(Organisation.Status.ACCEPTED);
        assertThat(saintGilles.getSignedCharter()).isNotNull();
        assertThat(em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.email LIKE '%.example' "
                + "AND o.status = :s", Long.class).setParameter("s", Organisation.Status.PENDING).getSingleResult())
                .isGreaterThanOrEqualTo(2L);
        for (String local : new String[] {"coordination", "admin.cpas-saint-gilles", "staff.cpas-saint-gilles",
                "lead.housing", "platform"}) {
            Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                    .setParameter("email", local + DemoNetwork.DEMO_DOMAIN).getSingleResult();
            assertThat(hashing.matches(DemoNetwork.DEMO_PASSWORD, account.getPasswordHash())).as(local).isTrue();
        }
        assertThat(em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", "lead.housing" + DemoNetwork.DEMO_DOMAIN).getSingleResult().getRoles())
                .contains(Role.GROUP_LEAD);

        List<eu.socialmap.directory.entity.Service> saintGillesServices = em.createNamedQuery(
                eu.socialmap.directory.entity.Service.OF_ORGANISATION, eu.socialmap.directory.entity.Service.class)
                .setParameter("organisation", saintGilles.getId()).getResultList();
        assertThat(saintGillesServices).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(service -> assertThat(service.getLocations()).hasSize(1));
        assertThat(em.createQuery("SELECT s FROM Service s WHERE s.name.nl = 'Woonbegeleiding'",
                eu.socialmap.directory.entity.Service.class).getSingleResult().getName().exactly(
                eu.socialmap.platform.entity.Language.FR)).as("written only in Dutch, as its OCMW does").isEmpty();
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM service s WHERE NOT EXISTS "
                + "(SELECT 1 FROM search_outbox o WHERE o.service_id = s.id)").getSingleResult()).longValue())
                .as("each demo service reaches an index built before it arrived").isZero();

        workingGroupsWithMonthlyMeetingsAndAPoll();
        eventsWithAFullLunchAndAPastForumOfCheckedInPeople();
        immersionsOnBothSidesOfTheBorderWithOneDoneAndReported();
    }

    private void immersionsOnBothSidesOfTheBorderWithOneDoneAndReported() {
        assertThat(em.createQuery("SELECT o.team.nl FROM ImmersionOffer o WHERE o.status = "
                + "eu.socialmap.immersion.entity.ImmersionOffer.Status.PUBLISHED", String.class).getResultList())
                .hasSize(3).contains("Dagonthaal voor daklozen");
        eu.socialmap.immersion.entity.ImmersionBooking done = em.createQuery("SELECT b FROM ImmersionBooking b WHERE "
                + "b.status = eu.socialmap.immersion.entity.ImmersionBooking.Status.AGREED",
                eu.socialmap.immersion.entity.ImmersionBooking.class).getSingleResult();
        assertThat(done.getDirection()).isEqualTo(eu.socialmap.immersion.entity.Direction.FR_TO_BE);
        assertThat(done.isReported()).isTrue();
        assertThat(((Number) em.createNativeQuery("SELECT SUM(taken) FROM immersion_period").getSingleResult()).intValue())
                .as("each booking holds its place").isEqualTo(2);
    }

    private void eventsWithAFullLunchAndAPastForumOfCheckedInPeople() {
        eu.socialmap.event.entity.Event lunch = em.createQuery("SELECT e FROM Event e WHERE e.title.en = "
                + "'Lunch meeting: mental health on the front line'", eu.socialmap.event.entity.Event.class).getSingleResult();
        eu.socialmap.event.entity.EventSeats seats = em.find(eu.socialmap.event.entity.EventSeats.class, lunch.getId());
        assertThat(seats.getTaken()).as("the lunch is full").isEqualTo(seats.getCapacity());
        assertThat(em.createQuery("SELECT r.waitlistNumber FROM Registration r WHERE r.eventId = :event AND r.status = "
                        + "eu.socialmap.event.entity.Registration.Status.WAITLISTED ORDER BY r.waitlistNumber", Integer.class)
                .setParameter("event", lunch.getId()).getResultList()).containsExactly(1, 2);
        assertThat(em.createQuery("SELECT COUNT(r) FROM Registration r, Event e WHERE r.eventId = e.id AND "
                + "r.checkedInAt IS NOT NULL AND e.endsAt < CURRENT_TIMESTAMP", Long.class).getSingleResult())
                .as("a past forum has people checked in").isGreaterThanOrEqualTo(10L);
    }

    private void workingGroupsWithMonthlyMeetingsAndAPoll() {
        List<eu.socialmap.workinggroup.entity.WorkingGroup> groups = em.createQuery("SELECT g FROM WorkingGroup g "
                + "WHERE g.name.nl IN ('Huisvesting', 'Geestelijke gezondheid', 'Vroege kindertijd')",
                eu.socialmap.workinggroup.entity.WorkingGroup.class).getResultList();
        assertThat(groups).hasSize(3).allSatisfy(group -> {
            assertThat(group.getThemeTermId()).as("a seeded theme").isNotNull();
            assertThat(group.getMission().exactly(eu.socialmap.platform.entity.Language.EN)).isNotBlank();
        });
        long housing = groups.stream().filter(g -> g.getName().exactly(eu.socialmap.platform.entity.Language.FR)
                .equals("Logement")).findFirst().orElseThrow().getId();
        assertThat(em.createQuery("SELECT a.email FROM GroupMembership m, Account a WHERE a.id = m.accountId "
                        + "AND m.groupId = :group AND m.lead = TRUE AND m.status = :member", String.class)
                .setParameter("group", housing)
                .setParameter("member", eu.socialmap.workinggroup.entity.GroupMembership.Status.MEMBER).getResultList())
                .containsExactly("lead.housing" + DemoNetwork.DEMO_DOMAIN);
        assertThat(em.createQuery("SELECT a.email FROM GroupMembership m, Account a WHERE a.id = m.accountId "
                        + "AND m.groupId = :group AND m.lead = FALSE", String.class).setParameter("group", housing)
                .getResultList()).contains("staff.cpas-saint-gilles" + DemoNetwork.DEMO_DOMAIN);
        List<eu.socialmap.workinggroup.entity.Meeting> monthly = em.createQuery("SELECT m FROM Meeting m "
                + "WHERE m.groupId = :group AND m.seriesId IS NOT NULL ORDER BY m.startsAt",
                eu.socialmap.workinggroup.entity.Meeting.class).setParameter("group", housing).getResultList();
        assertThat(monthly).hasSize(6).allSatisfy(meeting -> {
            java.time.ZonedDateTime local = meeting.getStartsAt().atZone(java.time.ZoneId.of("Europe/Brussels"));
            assertThat(local.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
            assertThat(local.getDayOfMonth()).isLessThanOrEqualTo(7);
            assertThat(local.toLocalTime()).isEqualTo(java.time.LocalTime.of(9, 30));
            assertThat(meeting.getHostLocationId()).as("hosted at a demo organisation's place").isNotNull();
            assertThat(meeting.getReminderDueAt()).isNotNull();
        });
        assertThat(em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.groupId IN :groups AND m.status = :poll",
                        Long.class).setParameter("groups", groups.stream().map(g -> g.getId()).toList())
                .setParameter("poll", eu.socialmap.workinggroup.entity.Meeting.Status.POLL).getSingleResult())
                .isEqualTo(1L);
    }
}
