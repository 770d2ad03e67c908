package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.boundary.PlatformFixtures;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inviting a coordinator on a real MariaDB: the account, its roles, the mail in her language. */
class InvitationsIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final Invitations invitations = new Invitations();

    @BeforeEach
    void wire() {
        Passwords passwords = new Passwords();
        passwords.em = em;
        passwords.mailer = PlatformFixtures.mailer(em);
        passwords.hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        passwords.publicUrl = PlatformFixtures.publicUrl("https://portal.test");
        invitations.em = em;
        invitations.passwords = passwords;
        invitations.mailer = passwords.mailer;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anInvitedCoordinatorGetsHerRolesAndALinkInHerLanguageButNoPasswordYet() {
        String email = "coordinatie-" + UUID.randomUUID() + "@ocmw-kortrijk.be";

        inTransaction(() -> invitations.invite(" " + email.toUpperCase() + " ", "Els Vermeulen", Language.NL,
                Set.of(Role.COORDINATOR)));

        Account account = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getSingleResult();
        assertThat(account.getRoles()).containsExactly(Role.COORDINATOR);
        assertThat(account.getPasswordHash()).isNull();
        OutgoingMail mail = em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :r", OutgoingMail.class)
                .setParameter("r", email).getSingleResult();
        assertThat(mail.getSubject()).isEqualTo("Uw account op het portaal van het netwerk");
        assertThat(mail.getBody()).startsWith("Goeiedag Els Vermeulen,").contains("7 dagen geldig")
                .contains("https://portal.test/password?token=");
    }

    @Test
    void anAddressThatAlreadyHasAnAccountOrIsNoAddressIsRefused() {
        String email = "twice-" + UUID.randomUUID() + "@cpas.be";
        inTransaction(() -> invitations.invite(email, "Une", Language.FR, Set.of()));

        assertThatThrownBy(() -> inTransaction(() -> invitations.invite(email, "Deux", Language.FR, Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("membership.email.taken");
                });
        assertThatThrownBy(() -> inTransaction(() -> invitations.invite("pas une adresse", "X", Language.FR, Set.of())))
                .hasMessage("membership.email.invalid");
        assertThatThrownBy(() -> inTransaction(() -> invitations.invite("x@cpas.be", " ", Language.FR, Set.of())))
                .hasMessage("membership.name.invalid");
    }

    private void inTransaction(Runnable work) {
        TestDatabase.inTransaction(em, () -> {
            work.run();
            return null;
        });
    }
}
