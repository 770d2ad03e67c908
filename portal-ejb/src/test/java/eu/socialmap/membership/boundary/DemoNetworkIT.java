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
        theFiveSheetsOfTheSeedGuideWithTheirSectionsOnce();
    }

    private static final String GUIDE = "%Fiches de projet activation sociale des primo-arrivants%18 mars 2020%";

    private void theFiveSheetsOfTheSeedGuideWithTheirSectionsOnce() {
        List<eu.socialmap.practice.entity.PracticeSheet> sheets = guideSheets();
        assertThat(sheets).hasSize(5).allSatisfy(sheet -> {
            assertThat(sheet.isPublished()).isTrue();
            assertThat(sheet.getAuthorId()).as("demo content has no author").isNull();
            assertThat(sheet.getOriginalLanguage()).isEqualTo(eu.socialmap.platform.entity.Language.FR);
            assertThat(sheet.getStartYear()).isEqualTo(2015);
            assertThat(sheet.getTermIds()).as("a theme and a public").hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(sheets.stream().map(s -> s.text(eu.socialmap.platform.entity.Language.FR,
                eu.socialmap.practice.entity.PracticeSection.TITLE).orElseThrow()))
                .containsExactlyInAnyOrder("AMIE", "Interactief!", "ACTIV UP!", "MOD’ACTIONS", "MOVE UP!");

        eu.socialmap.practice.entity.PracticeSheet liege = sheetOf("cpas-liege");
        assertThat(liege.sectionsIn(eu.socialmap.platform.entity.Language.FR)).containsAll(java.util.EnumSet.of(
                eu.socialmap.practice.entity.PracticeSection.WHY, eu.socialmap.practice.entity.PracticeSection.PROBLEM,
                eu.socialmap.practice.entity.PracticeSection.ACTIVATION,
                eu.socialmap.practice.entity.PracticeSection.TARGET_GROUP,
                eu.socialmap.practice.entity.PracticeSection.EXECUTION, eu.socialmap.practice.entity.PracticeSection.APPROACH,
                eu.socialmap.practice.entity.PracticeSection.INDIVIDUAL_SUPPORT,
                eu.socialmap.practice.entity.PracticeSection.COLLECTIVE_SUPPORT,
                eu.socialmap.practice.entity.PracticeSection.COMPETENCES,
                eu.socialmap.practice.entity.PracticeSection.ORGANISATION_SUPPORT,
                eu.socialmap.practice.entity.PracticeSection.BUDGET, eu.socialmap.practice.entity.PracticeSection.VISION,
                eu.socialmap.practice.entity.PracticeSection.STRENGTHS,
                eu.socialmap.practice.entity.PracticeSection.WEAKNESSES,
                eu.socialmap.practice.entity.PracticeSection.FUTURE));
        assertThat(liege.text(eu.socialmap.platform.entity.Language.FR, eu.socialmap.practice.entity.PracticeSection.WHY)
                .orElseThrow()).as("the seed's own words").contains("Le projet Mod’Actions du CPAS de Liège représente "
                        + "une pratique inspirante en raison de ses points forts :", "2. Travailler sur la créativité et "
                        + "les talents artistiques des gens.");
        assertThat(liege.text(eu.socialmap.platform.entity.Language.FR, eu.socialmap.practice.entity.PracticeSection.BUDGET)
                .orElseThrow()).as("a table of the seed as bold labels").contains("**Frais de personnel**", "3 ETP + 2 fois 0,5 ETP");
        Organisation liegeCpas = em.find(Organisation.class, liege.getOrganisationId());
        assertThat(liegeCpas.getStatus()).as("a directory entry").isEqualTo(Organisation.Status.ACCEPTED);
        assertThat(liegeCpas.getSignedCharter()).as("not a member").isNull();
        assertThat(liegeCpas.getStreet()).isEqualTo("Place Saint-Jacques 13");
        assertThat(em.createNamedQuery(Account.OF_ORGANISATION, Account.class)
                .setParameter("organisation", liegeCpas.getId()).getResultList()).as("without account").isEmpty();

        assertThat(sheetOf("cpas-charleroi").getVisibility()).as("the members-only sheet")
                .isEqualTo(eu.socialmap.practice.entity.PracticeSheet.Visibility.MEMBERS);
        assertThat(sheets.stream().filter(s -> s.getVisibility() == eu.socialmap.practice.entity.PracticeSheet.Visibility.PUBLIC))
                .hasSize(4);
        eu.socialmap.practice.entity.PracticeSheet brussels = sheetOf("cpas-bruxelles");
        assertThat(brussels.sectionsIn(eu.socialmap.platform.entity.Language.FR))
                .contains(eu.socialmap.practice.entity.PracticeSection.STRENGTHS)
                .doesNotContain(eu.socialmap.practice.entity.PracticeSection.WEAKNESSES);
        assertThat(brussels.textFor(eu.socialmap.platform.entity.Language.NL,
                eu.socialmap.practice.entity.PracticeSection.SUMMARY).orElseThrow().getBody())
                .as("a Dutch reader reads Dutch where it exists").startsWith("Het OCMW van Brussel");
        assertThat(brussels.textFor(eu.socialmap.platform.entity.Language.NL,
                eu.socialmap.practice.entity.PracticeSection.WHY).orElseThrow().getBody())
                .as("and French elsewhere").startsWith("Le projet Move Up! du CPAS de Bruxelles");
        assertThat(brussels.getPartnerIds()).as("Be.Face").hasSize(1);
        assertThat(em.createNamedQuery(eu.socialmap.practice.entity.PracticeInterest.TAKE_UPS, Long.class)
                .setParameter("sheet", brussels.getId()).getResultList()).as("two members want to try it").hasSize(2);

        long directory = em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.email LIKE 'contact@demo.cpas-%.example' "
                + "AND o.signedCharter IS NULL", Long.class).getSingleResult();
        long takeUps = em.createQuery("SELECT COUNT(i) FROM PracticeInterest i", Long.class).getSingleResult();
        TestDatabase.inTransaction(em, () -> {
            eu.socialmap.practice.boundary.DemoPractices.load(em, java.time.Instant.now(), DemoNetwork.DEMO_DOMAIN);
            return null;
        });
        em.clear();
        assertThat(guideSheets()).as("loading twice changes nothing").hasSize(5);
        assertThat(em.createQuery("SELECT COUNT(o) FROM Organisation o WHERE o.email LIKE 'contact@demo.cpas-%.example' "
                + "AND o.signedCharter IS NULL", Long.class).getSingleResult()).isEqualTo(directory);
        assertThat(em.createQuery("SELECT COUNT(i) FROM PracticeInterest i", Long.class).getSingleResult()).isEqualTo(takeUps);
    }

    private List<eu.socialmap.practice.entity.PracticeSheet> guideSheets() {
        return em.createQuery("SELECT s FROM PracticeSheet s WHERE s.source LIKE :guide",
                eu.socialmap.practice.entity.PracticeSheet.class).setParameter("guide", GUIDE).getResultList();
    }

    private eu.socialmap.practice.entity.PracticeSheet sheetOf(String key) {
        return em.createQuery("SELECT s FROM PracticeSheet s, Organisation o WHERE o.id = s.organisationId "
                + "AND o.email LIKE :key AND s.source LIKE :guide", eu.socialmap.practice.entity.PracticeSheet.class)
                .setParameter("key", "%" + key + "%").setParameter("guide", GUIDE).getSingleResult();
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
