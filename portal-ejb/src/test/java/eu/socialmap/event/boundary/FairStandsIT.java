package eu.socialmap.event.boundary;

import eu.socialmap.event.entity.Event;
import eu.socialmap.event.entity.FairStand;
import eu.socialmap.event.entity.StandSize;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The associations fair against the real database: administrators of any accepted organisation apply once, the
 * organisers number the stands (never one number twice, whatever was tried), everyone reads who is where, and a
 * withdrawal frees its number.
 */
class FairStandsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final FairFixtures fixtures = new FairFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anAdministratorOfAnOrganisationOutsideTheNetworkAppliesWithItsNeeds() {
        Event fair = fixtures.fair(20, 30);
        Account admin = fixtures.outsideAdministrator("Quartier");
        fixtures.signIn(admin);

        FairStand stand = fixtures.tx(() -> fixtures.stands.apply(fair.getId(), StandSize.LARGE, true, true, "  Un écran.  "));

        em.clear();
        FairStand mine = fixtures.stands.mine(fair.getId()).orElseThrow();
        assertThat(mine.getId()).isEqualTo(stand.getId());
        assertThat(mine.getStatus()).isEqualTo(FairStand.Status.REQUESTED);
        assertThat(mine.getOrganisationId()).isEqualTo(admin.getOrganisationId());
        assertThat(mine.getSize()).isEqualTo(StandSize.LARGE);
        assertThat(mine.isNeedsTable()).isTrue();
        assertThat(mine.isNeedsPower()).isTrue();
        assertThat(mine.getNote()).isEqualTo("Un écran.");
        assertThat(mine.getRequestedBy()).isEqualTo(admin.getId());
        assertThat(mine.getStandNumber()).isNull();
    }

    @Test
    void anOrganisationAppliesOnceAndTheFirstApplicationStaysAsItWas() {
        Event fair = fixtures.fair(20, 30);
        Account admin = fixtures.memberAdministrator("Entraide");
        FairStand first = fixtures.apply(admin, fair);

        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.apply(fair.getId(), StandSize.MEDIUM, false, true, "")))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.stand.alreadyApplied"));

        em.clear();
        assertThat(em.createQuery("SELECT COUNT(s) FROM FairStand s WHERE s.eventId = :event", Long.class)
                .setParameter("event", fair.getId()).getSingleResult()).isEqualTo(1L);
        FairStand kept = fixtures.reread(first);
        assertThat(kept.getSize()).isEqualTo(StandSize.SMALL);
        assertThat(kept.isNeedsPower()).isFalse();
    }

    @Test
    void onlyAnAdministratorAppliesForAPublishedFairWithStandsBeforeItStarts() {
        Event fair = fixtures.fair(20, 30);
        Event forum = fixtures.forum(30);
        Account admin = fixtures.outsideAdministrator("Voisins");

        fixtures.signIn(admin);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.apply(forum.getId(), StandSize.SMALL, false, false, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("event.stand.notAFair"));
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.apply(fair.getId(), null, false, false, "<b>x</b>")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder("size", "note"));

        fixtures.signIn(fixtures.coordinator());
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.apply(fair.getId(), StandSize.SMALL, false, false, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.stand.notAdministrator"));

        fixtures.startsAt(fair, Instant.now().minus(Duration.ofHours(1)));
        fixtures.signIn(admin);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.apply(fair.getId(), StandSize.SMALL, false, false, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("event.stand.tooLate"));
        assertThat(fixtures.stands.mine(fair.getId())).isEmpty();
    }

    @Test
    void theOrganiserGivesANumberAndTheAdministratorsAreToldInTheirLanguage() {
        Event fair = fixtures.fair(20, 30);
        Account admin = fixtures.speaks(fixtures.memberAdministrator("Buurthuis"), "nl");
        FairStand stand = fixtures.apply(admin, fair);

        fixtures.allocate(stand, 7);

        em.clear();
        FairStand allocated = fixtures.reread(stand);
        assertThat(allocated.getStatus()).isEqualTo(FairStand.Status.ALLOCATED);
        assertThat(allocated.getStandNumber()).isEqualTo(7);
        assertThat(fixtures.subjects(admin.getEmail())).singleElement().asString().contains("7", "Verenigingenbeurs");
        assertThat(fixtures.bodies(admin.getEmail()).get(0)).contains("https://portal.test/events/exhibitors?event=" + fair.getId());

        fixtures.allocate(stand, 12);
        em.clear();
        assertThat(fixtures.reread(stand).getStandNumber()).isEqualTo(12);
        fixtures.signIn(null);
        assertThat(fixtures.stands.exhibitors(fair.getId())).extracting(FairStands.Exhibitor::number).containsExactly(12);
    }

    @Test
    void aNumberHeldByAnotherOrganisationIsRefusedAndNothingIsLost() {
        Event fair = fixtures.fair(20, 30);
        Account first = fixtures.memberAdministrator("Premier");
        Account second = fixtures.outsideAdministrator("Second");
        FairStand held = fixtures.allocate(fixtures.apply(first, fair), 3);
        FairStand other = fixtures.apply(second, fair);
        fixtures.allocate(other, 4);

        fixtures.signIn(fixtures.coordinator());
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.allocate(other.getId(), 3)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("event.stand.numberTaken");
                    assertThat(e.arguments().get(1).toString()).startsWith("Premier");
                });
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.allocate(other.getId(), 21)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field).containsExactly("number"));

        em.clear();
        assertThat(fixtures.reread(held).getStandNumber()).isEqualTo(3);
        assertThat(fixtures.reread(other).getStandNumber()).isEqualTo(4);
        assertThat(fixtures.reread(other).getStatus()).isEqualTo(FairStand.Status.ALLOCATED);
    }

    @Test
    void theDatabaseRefusesOneNumberTwiceEvenWithoutTheServicesCheck() {
        Event fair = fixtures.fair(20, 30);
        FairStand held = fixtures.allocate(fixtures.apply(fixtures.outsideAdministrator("Clé"), fair), 5);
        FairStand other = fixtures.apply(fixtures.outsideAdministrator("Doublon"), fair);

        assertThatThrownBy(() -> fixtures.tx(() -> em.createNativeQuery("UPDATE fair_stand SET status = 'ALLOCATED', "
                + "stand_number = 5 WHERE id = ?").setParameter(1, other.getId()).executeUpdate()))
                .isInstanceOf(jakarta.persistence.PersistenceException.class);

        em.clear();
        assertThat(fixtures.reread(held).getStandNumber()).isEqualTo(5);
        assertThat(fixtures.reread(other).getStandNumber()).isNull();
    }

    @Test
    void onlyTheFairsOrganisersNumberDeclineAndReadTheApplications() {
        Event fair = fixtures.fair(20, 30);
        Account applicant = fixtures.memberAdministrator("Demande");
        Account stranger = fixtures.memberAdministrator("Autre");
        FairStand stand = fixtures.apply(applicant, fair);

        for (Account person : new Account[] {applicant, stranger, null}) {
            fixtures.signIn(person);
            assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.allocate(stand.getId(), 1)))
                    .isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.decline(stand.getId(), "")))
                    .isInstanceOf(BusinessException.class);
            assertThatThrownBy(() -> fixtures.stands.applications(fair.getId())).isInstanceOf(BusinessException.class);
        }
        fixtures.signIn(stranger);
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.withdraw(stand.getId())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("event.stand.notAdministrator"));

        em.clear();
        assertThat(fixtures.reread(stand).getStatus()).isEqualTo(FairStand.Status.REQUESTED);
        fixtures.signIn(fixtures.coordinator());
        assertThat(fixtures.stands.applications(fair.getId())).singleElement().satisfies(a -> {
            assertThat(a.organisation()).startsWith("Demande");
            assertThat(a.stand().getId()).isEqualTo(stand.getId());
        });
    }

    @Test
    void everyoneReadsWhoIsWhereByNumberWithTheOrganisations() {
        Event fair = fixtures.fair(12, 30);
        Account member = fixtures.memberAdministrator("Membre");
        Account outsider = fixtures.outsideAdministrator("Invité");
        Account third = fixtures.outsideAdministrator("Troisième");
        Account pending = fixtures.outsideAdministrator("Attente");
        fixtures.allocate(fixtures.apply(member, fair), 9);
        fixtures.allocate(fixtures.apply(outsider, fair), 2);
        fixtures.allocate(fixtures.apply(third, fair), 5);
        fixtures.apply(pending, fair);

        fixtures.signIn(null);
        em.clear();
        List<FairStands.Exhibitor> exhibitors = fixtures.stands.exhibitors(fair.getId());

        assertThat(exhibitors).extracting(FairStands.Exhibitor::number).containsExactly(2, 5, 9);
        assertThat(exhibitors).extracting(FairStands.Exhibitor::organisationId)
                .containsExactly(outsider.getOrganisationId(), third.getOrganisationId(), member.getOrganisationId());
        assertThat(exhibitors.get(0).name()).startsWith("Invité");
        assertThat(exhibitors).extracting(FairStands.Exhibitor::member).containsExactly(false, false, true);
        List<FairStands.Box> plan = FairStands.plan(fair.getStandCount(), exhibitors);
        assertThat(plan).hasSize(12);
        assertThat(plan).filteredOn(b -> !b.isFree()).extracting(FairStands.Box::number).containsExactly(2, 5, 9);
        assertThat(plan.get(8).exhibitor().name()).startsWith("Membre");

        assertThatThrownBy(() -> fixtures.stands.exhibitors(fixtures.forum(30).getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("event.stand.notAFair"));
    }

    @Test
    void aWithdrawalFreesItsNumberForAnotherOrganisationAndTheOrganisationMayApplyAgain() {
        Event fair = fixtures.fair(20, 30);
        Account leaving = fixtures.outsideAdministrator("Départ");
        Account next = fixtures.outsideAdministrator("Suivant");
        FairStand stand = fixtures.allocate(fixtures.apply(leaving, fair), 4);
        FairStand waiting = fixtures.apply(next, fair);

        fixtures.signIn(leaving);
        fixtures.tx(() -> fixtures.stands.withdraw(stand.getId()));
        fixtures.allocate(waiting, 4);

        em.clear();
        assertThat(fixtures.reread(stand).getStatus()).isEqualTo(FairStand.Status.WITHDRAWN);
        assertThat(fixtures.reread(stand).getStandNumber()).isNull();
        fixtures.signIn(null);
        assertThat(fixtures.stands.exhibitors(fair.getId())).singleElement()
                .satisfies(e -> assertThat(e.organisationId()).isEqualTo(next.getOrganisationId()));

        FairStand again = fixtures.apply(leaving, fair);
        assertThat(again.getId()).isEqualTo(stand.getId());
        assertThat(again.getStatus()).isEqualTo(FairStand.Status.REQUESTED);
    }

    @Test
    void aDeclinedOrganisationIsToldWhyAndItsNumberIsFree() {
        Event fair = fixtures.fair(20, 30);
        Account admin = fixtures.memberAdministrator("Refus");
        FairStand stand = fixtures.allocate(fixtures.apply(admin, fair), 6);

        fixtures.signIn(fixtures.coordinator());
        fixtures.tx(() -> fixtures.stands.decline(stand.getId(), "Plus de place près des prises."));

        em.clear();
        FairStand declined = fixtures.reread(stand);
        assertThat(declined.getStatus()).isEqualTo(FairStand.Status.DECLINED);
        assertThat(declined.getStandNumber()).isNull();
        assertThat(fixtures.bodies(admin.getEmail())).last().asString().contains("Plus de place près des prises.");
        assertThatThrownBy(() -> fixtures.tx(() -> fixtures.stands.allocate(stand.getId(), 6)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("event.stand.notActive"));
    }
}
