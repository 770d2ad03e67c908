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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A portal without a platform administrator cannot be run: on a database that has none, the first start creates
 * one from {@code ADMIN_EMAIL} and {@code ADMIN_PASSWORD}, or says in the log how to.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PlatformAdministratorBootstrap {

    /** Lines the run command repeats on the console. */
    public static final String NOTICE_MARKER = "SOCIALMAP-NOTICE:";
    private static final Logger LOG = Logger.getLogger(PlatformAdministratorBootstrap.class.getName());

    @PersistenceContext(unitName = "socialmap")
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    @ConfigProperty(name = "ADMIN_EMAIL")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @PostConstruct
    void ensurePlatformAdministrator() {
        long administrators = em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class)
                .setParameter("role", Role.PLATFORM_ADMIN).getSingleResult();
        if (administrators > 0) {
            return;
        }
        if (adminEmail.isEmpty() || adminPassword.isEmpty()) {
            LOG.warning(NOTICE_MARKER + " no platform administrator yet: start once with ADMIN_EMAIL and "
                    + "ADMIN_PASSWORD set to create one.");
            return;
        }
        String email = Account.normaliseEmail(adminEmail.get());
        try {
            PasswordPolicy.check(adminPassword.get(), email);
        } catch (BusinessException weak) {
            LOG.warning(NOTICE_MARKER + " ADMIN_PASSWORD is refused (at least " + PasswordPolicy.MIN_LENGTH
                    + " characters, not the e-mail address): no platform administrator was created.");
            return;
        }
        Account admin = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Account created = new Account(email, "Administrator", Language.DEFAULT, Instant.now());
                    em.persist(created);
                    return created;
                });
        admin.changePasswordHash(passwords.hash(adminPassword.get()));
        admin.grant(Role.PLATFORM_ADMIN);
        LOG.info(NOTICE_MARKER + " platform administrator " + email + " created from ADMIN_EMAIL; sign in at /login");
    }
}
