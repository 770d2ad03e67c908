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
    }
}
