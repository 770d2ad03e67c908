package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles given and taken by the platform administrator, on a real MariaDB. */
class AccountDirectoryIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final AccountDirectory directory = new AccountDirectory();
    private String onlyAdmin;

    @BeforeEach
    void theOnlyPlatformAdministrator() {
        directory.em = em;
        directory.audit = new AuditTrail();
        directory.audit.em = em;
        MembershipFixtures.SignedIn signedIn = new MembershipFixtures.SignedIn();
        signedIn.em = em;
        directory.callers = signedIn;
        directory.audit.callers = signedIn;
        onlyAdmin = create(Role.PLATFORM_ADMIN);
        signedIn.signIn(em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", onlyAdmin)
                .getSingleResult().getId());
        inTransaction(() -> em.createNativeQuery("DELETE FROM account_role WHERE role = 'PLATFORM_ADMIN' "
                + "AND account_id <> (SELECT id FROM account WHERE email = ?1)").setParameter(1, onlyAdmin).executeUpdate());
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void rolesAreReplacedByExactlyTheChosenOnes() {
        String email = create(Role.ORGANISATION_MEMBER);

        inTransaction(() -> directory.changeRoles(email, Set.of(Role.COORDINATOR, Role.GROUP_LEAD)));

        em.clear();
        assertThat(directory.find(email).roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.GROUP_LEAD);
    }

    @Test
    void theLastPlatformAdministratorKeepsTheRoleUntilAnotherIsNamed() {
        assertThatThrownBy(() -> inTransaction(() -> directory.changeRoles(onlyAdmin, Set.of(Role.COORDINATOR))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("membership.roles.lastAdmin"));

        String second = create(Role.ORGANISATION_MEMBER);
        inTransaction(() -> directory.changeRoles(second, Set.of(Role.PLATFORM_ADMIN)));
        inTransaction(() -> directory.changeRoles(onlyAdmin, Set.of(Role.COORDINATOR)));

        em.clear();
        assertThat(directory.find(onlyAdmin).roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> directory.find("nobody-" + UUID.randomUUID() + "@nowhere.be"))
                .hasMessage("membership.account.notFound");
    }

    private String create(Role role) {
        String email = "roles-" + UUID.randomUUID() + "@ccas-lille.fr";
        Account account = new Account(email, "Personne", Language.FR, Instant.now());
        account.grant(role);
        inTransaction(() -> em.persist(account));
        return email;
    }

    private void inTransaction(Runnable work) {
        TestDatabase.inTransaction(em, () -> {
            work.run();
            return null;
        });
    }
}
