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
    }
}
