package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Password forgotten" end to end on a real MariaDB: the mail, the link, its single use, the new password. */
class PasswordsIT {

    private static final PasswordHashing HASHING = new PasswordHashing(new Pbkdf2PasswordHashImpl());
    private static final Pattern LINK = Pattern.compile("https://portal\\.test/password\\?token=([A-Za-z0-9_-]+)");

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final Passwords passwords = new Passwords();
    private String email;

    @BeforeEach
    void anAccountThatForgotItsPassword() {
        passwords.em = em;
        passwords.mailer = PlatformFixtures.mailer(em);
        passwords.hashing = HASHING;
        passwords.publicUrl = PlatformFixtures.publicUrl("https://portal.test/");

        email = "animatrice-" + UUID.randomUUID() + "@cpas-mouscron.be";
        Account account = new Account(email, "Claire", Language.FR, Instant.now());
        account.changePasswordHash(HASHING.hash("l’ancien mot de passe"));
        inTransaction(() -> {
            em.persist(account);
            return null;
        });
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theLinkInTheMailSetsANewPasswordOnce() {
        inTransaction(() -> {
            passwords.requestReset(email.toUpperCase());
            return null;
        });

        OutgoingMail mail = mailsTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Choisir un nouveau mot de passe");
        assertThat(mail.getBody()).startsWith("Bonjour Claire,").contains("valable 60 minutes");
        String token = token(mail);

        assertThat(inTransaction(() -> passwords.setPassword(token, "un nouveau mot de passe"))).isEqualTo(email);
        assertThat(HASHING.matches("un nouveau mot de passe", account().getPasswordHash())).isTrue();
        assertThatThrownBy(() -> inTransaction(() -> passwords.setPassword(token, "encore un autre mot de passe")))
                .isInstanceOf(BusinessException.class).hasMessage("membership.token.used");
    }

    @Test
    void aRefusedPasswordLeavesTheLinkUsable() {
        inTransaction(() -> {
            passwords.requestReset(email);
            return null;
        });
        String token = token(mailsTo(email).get(0));

        assertThatThrownBy(() -> inTransaction(() -> passwords.setPassword(token, "court")))
                .hasMessage("membership.password.tooShort");

        assertThat(inTransaction(() -> passwords.setPassword(token, "assez long cette fois"))).isEqualTo(email);
    }

    @Test
    void onlyTheNewestLinkWorksAndNobodyIsFlooded() {
        for (int i = 0; i < 5; i++) {
            inTransaction(() -> {
                passwords.requestReset(email);
                return null;
            });
        }
        List<OutgoingMail> mails = mailsTo(email);
        assertThat(mails).as("at most three an hour").hasSize(Passwords.MAX_RESETS_PER_HOUR);

        assertThatThrownBy(() -> inTransaction(() -> passwords.setPassword(token(mails.get(0)), "un mot de passe long")))
                .hasMessage("membership.token.expired");
        assertThat(inTransaction(() -> passwords.setPassword(token(mails.get(2)), "un mot de passe long")))
                .isEqualTo(email);
    }

    @Test
    void anUnknownAddressGetsNoMailAndABadLinkIsRefused() {
        inTransaction(() -> {
            passwords.requestReset("nobody-" + UUID.randomUUID() + "@nowhere.be");
            return null;
        });

        assertThatThrownBy(() -> inTransaction(() -> passwords.setPassword("forged-token", "un mot de passe long")))
                .hasMessage("membership.token.invalid");
    }

    private List<OutgoingMail> mailsTo(String recipient) {
        em.clear();
        return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :r ORDER BY m.id", OutgoingMail.class)
                .setParameter("r", recipient).getResultList();
    }

    private Account account() {
        em.clear();
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private static String token(OutgoingMail mail) {
        Matcher link = LINK.matcher(mail.getBody());
        assertThat(link.find()).as(mail.getBody()).isTrue();
        return link.group(1);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
