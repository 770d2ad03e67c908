package eu.socialmap.directory.boundary;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.ServiceDetails;
import eu.socialmap.directory.entity.Service;
import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PlatformFixtures;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinator sees the services nobody updated for a year and asks their organisation, by mail, to check them. */
class ServiceReviewsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private final MembershipFixtures.SignedIn signedIn = MembershipFixtures.signedIn(em);
    private final ServiceCatalogue catalogue = new ServiceCatalogue();
    private final ServiceReviews reviews = new ServiceReviews();
    private Account admin;
    private Account coordinator;

    @BeforeEach
    void wire() {
        catalogue.em = em;
        catalogue.callers = signedIn;
        catalogue.audit = MembershipFixtures.audit(em, signedIn);
        catalogue.postcodeTable = new PostcodeTable();
        catalogue.postcodeTable.postcodes = Postcodes.empty();
        reviews.em = em;
        reviews.callers = signedIn;
        reviews.audit = catalogue.audit;
        reviews.mailer = PlatformFixtures.mailer(em);
        reviews.publicUrl = PlatformFixtures.publicUrl("https://portal.test");
        admin = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator("Revue"));
        coordinator = TestDatabase.inTransaction(em, fixtures::coordinator);
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aServiceUntouchedForAYearIsListedAndItsOrganisationIsAskedByMailUntilItSavesIt() {
        signedIn.signIn(admin.getId());
        catalogue.clock = Clock.fixed(Instant.now().minus(Duration.ofDays(400)), ZoneOffset.UTC);
        Service old = TestDatabase.inTransaction(em, () -> catalogue.create(admin.getOrganisationId(), details("Vestiaire"),
                Set.of(), Set.of()));
        catalogue.clock = Clock.systemUTC();
        Service fresh = TestDatabase.inTransaction(em, () -> catalogue.create(admin.getOrganisationId(), details("Récent"),
                Set.of(), Set.of()));

        signedIn.signIn(coordinator.getId());
        List<Long> due = reviews.due(1, 1000).services().stream().map(d -> d.service().getId()).toList();
        assertThat(due).contains(old.getId()).doesNotContain(fresh.getId());

        TestDatabase.inTransaction(em, () -> {
            reviews.ask(old.getId());
            return null;
        });
        OutgoingMail mail = em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :r", OutgoingMail.class)
                .setParameter("r", admin.getEmail()).getResultList().stream()
                .filter(m -> m.getSubject().contains("Vestiaire")).findFirst().orElseThrow();
        assertThat(mail.getBody()).contains("https://portal.test/organisation/service?id=" + old.getId());
        em.clear();
        assertThat(em.find(Service.class, old.getId()).getReviewAskedAt()).isNotNull();
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> {
            reviews.ask(fresh.getId());
            return null;
        })).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("directory.review.notDue"));

        signedIn.signIn(admin.getId());
        Service reviewed = catalogue.forEditing(old.getId());
        TestDatabase.inTransaction(em, () -> catalogue.save(reviewed.getId(), admin.getOrganisationId(),
                reviewed.getVersion(), details("Vestiaire"), new eu.socialmap.directory.entity.ServiceAccess(
                        null, null, null, null, null, null, null, null, null, false),
                new eu.socialmap.directory.entity.ScheduleInput(List.of(), List.of()), Set.of(), Set.of()));
        signedIn.signIn(coordinator.getId());
        assertThat(reviews.due(1, 1000).services()).extracting(d -> d.service().getId())
                .as("saved, even unchanged: reviewed").doesNotContain(old.getId());
    }

    private static ServiceDetails details(String name) {
        return new ServiceDetails(name, "", "", "", "", "", List.of("fr"), null, null, null, null, null);
    }
}
