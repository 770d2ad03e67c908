package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in against a real MariaDB with the container's PBKDF2: the failure count survives each attempt. */
class AuthenticatorIT {

    private static final String PASSWORD = "deux mots de passe longs";

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final Authenticator authenticator = new Authenticator();
    private String email;

    @BeforeEach
    void anAccountWithAPassword() {
        PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        authenticator.em = em;
        authenticator.passwords = hashing;

        email = "worker-" + UUID.randomUUID() + "@ocmw-kortrijk.be";
        Account account = new Account(email, "Maatschappelijk werker", Language.NL, Instant.now());
        account.changePasswordHash(hashing.hash(PASSWORD));
        account.grant(Role.ORGANISATION_MEMBER);
        inTransaction(() -> em.persist(account));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theRightPasswordSignsInWithTheAccountsRolesWhateverTheCaseOfTheAddress() {
        Optional<Authenticator.SignedIn> signedIn = signIn(email.toUpperCase(), PASSWORD);

        assertThat(signedIn).hasValueSatisfying(s -> {
            assertThat(s.email()).isEqualTo(email);
            assertThat(s.roles()).containsExactly(Role.ORGANISATION_MEMBER);
        });
        assertThat(reload().getLastSignInAt()).isNotNull();
        assertThat(reload().getPasswordHash()).as("no plain text stored").startsWith("PBKDF2WithHmacSHA512:210000:");
    }

    @Test
    void aWrongPasswordOrAnUnknownAddressIsRefused() {
        assertThat(signIn(email, "not the password at all")).isEmpty();
        assertThat(signIn("nobody@nowhere.be", PASSWORD)).isEmpty();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefused() {
        for (int i = 0; i < Account.MAX_FAILED_SIGN_INS; i++) {
            assertThat(signIn(email, "guess number " + i)).isEmpty();
        }

        assertThat(signIn(email, PASSWORD)).as("locked for 15 minutes").isEmpty();
        assertThat(reload().isLocked(Instant.now())).isTrue();
    }

    private Optional<Authenticator.SignedIn> signIn(String address, String password) {
        em.getTransaction().begin();
        Optional<Authenticator.SignedIn> result = authenticator.signIn(address, password);
        em.getTransaction().commit();
        return result;
    }

    private Account reload() {
        em.clear();
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private void inTransaction(Runnable work) {
        em.getTransaction().begin();
        work.run();
        em.getTransaction().commit();
    }
}
