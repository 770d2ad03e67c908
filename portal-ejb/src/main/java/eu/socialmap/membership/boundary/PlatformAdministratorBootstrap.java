package eu.socialmap.membership.boundary;

import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.control.PasswordPolicy;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.Language;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A portal without a platform administrator cannot be run. On a database where none can sign in, a start creates
 * one from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}; without them it prints a one-time link (valid 24 hours,
 * printed again at each start until used) to choose the administrator's password.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoNetwork"}) // the demo network brings its own administrator
public class PlatformAdministratorBootstrap {

    /** Lines the run command repeats on the console. */
    public static final String NOTICE_MARKER = "SOCIALMAP-NOTICE:";
    static final String DEFAULT_ADMIN_EMAIL = "admin@localhost";
    static final java.time.Duration FIRST_LINK_VALIDITY = java.time.Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(PlatformAdministratorBootstrap.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAIL")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    Passwords passwords;

    @PostConstruct
    void ensurePlatformAdministrator() {
        List<Account> administrators = em.createNamedQuery(Account.WITH_ROLE, Account.class)
                .setParameter("role", Role.PLATFORM_ADMIN).getResultList();
        if (administrators.stream().anyMatch(a -> a.getPasswordHash() != null)) {
            return;
        }
        if (adminEmail.isPresent() && adminPassword.isPresent()) {
            createWithPassword(Account.normaliseEmail(adminEmail.get()), adminPassword.get());
            return;
        }
        // No administrator who can sign in: (re)issue a one-time link to choose the password.
        Account admin = administrators.isEmpty()
                ? create(Account.normaliseEmail(adminEmail.orElse(DEFAULT_ADMIN_EMAIL)))
                : administrators.get(0);
        String link = passwords.issueLink(admin, FIRST_LINK_VALIDITY);
        LOG.warning(NOTICE_MARKER + " choose the platform administrator's password (sign-in " + admin.getEmail()
                + ") within 24 hours at " + link);
    }

    private void createWithPassword(String email, String password) {
        try {
            PasswordPolicy.check(password, email);
        } catch (BusinessException weak) {
            LOG.warning(NOTICE_MARKER + " ADMIN_PASSWORD is refused (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not the e-mail address): no platform administrator was created.");
            return;
        }
        Account admin = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst().orElseGet(() -> create(email));
        admin.changePasswordHash(hashing.hash(password));
        admin.grant(Role.PLATFORM_ADMIN);
        LOG.info(NOTICE_MARKER + " platform administrator " + email + " created from ADMIN_EMAIL; sign in at /login");
    }

    private Account create(String email) {
        Account created = new Account(email, "Administrator", Language.DEFAULT, Instant.now());
        created.grant(Role.PLATFORM_ADMIN);
        em.persist(created);
        return created;
    }
}
