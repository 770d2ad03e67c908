package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.membership.control.PasswordHashing;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.boundary.PlatformFixtures;
import jakarta.persistence.EntityManager;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

import java.util.List;

/**
 * The membership services wired by hand on one entity manager, for service tests against the real database. The
 * "signed-in person" is whoever {@link #signIn(Account)} named last (the container decides it in production).
 */
public final class MembershipFixtures {

    public final EntityManager em;
    public final Registrations registrations = new Registrations();
    public final Charter charter = new Charter();
    public final Elections elections = new Elections();
    public final Colleagues colleagues = new Colleagues();
    public final PersonalData personalData = new PersonalData();
    public final Assemblies assemblies = new Assemblies();
    private final SignedIn callers = new SignedIn();

    /** Callers as the container would answer them, for the account named by the test. */
    public static final class SignedIn extends Callers {
        private Long accountId;

        public void signIn(Long id) {
            accountId = id;
        }

        @Override
        public java.util.Optional<Account> signedIn() {
            return accountId == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(em.find(Account.class, accountId));
        }
    }

    public MembershipFixtures(EntityManager em) {
        this.em = em;
        callers.em = em;
        AuditTrail audit = new AuditTrail();
        audit.em = em;
        audit.callers = callers;
        PasswordHashing hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        Passwords passwords = new Passwords();
        passwords.em = em;
        passwords.mailer = PlatformFixtures.mailer(em);
        passwords.hashing = hashing;
        passwords.publicUrl = PlatformFixtures.publicUrl("https://portal.test");

        registrations.em = em;
        registrations.mailer = passwords.mailer;
        registrations.hashing = hashing;
        registrations.publicUrl = passwords.publicUrl;
        registrations.callers = callers;
        registrations.audit = audit;

        charter.em = em;
        charter.callers = callers;
        charter.mailer = passwords.mailer;
        charter.publicUrl = passwords.publicUrl;
        charter.audit = audit;

        elections.em = em;
        elections.callers = callers;
        elections.charter = charter;
        elections.audit = audit;

        colleagues.em = em;
        colleagues.callers = callers;
        colleagues.passwords = passwords;
        colleagues.mailer = passwords.mailer;
        colleagues.audit = audit;

        assemblies.em = em;
        assemblies.callers = callers;
        assemblies.charter = charter;
        assemblies.mailer = passwords.mailer;
        assemblies.publicUrl = passwords.publicUrl;
        assemblies.audit = audit;

        personalData.em = em;
        personalData.callers = callers;
        personalData.hashing = hashing;
        personalData.audit = audit;
        personalData.deleted = new eu.socialmap.testing.FiredEvents<>();
    }

    /** A "signed-in person" for services of other capabilities' tests. */
    public static SignedIn signedIn(EntityManager em) {
        SignedIn callers = new SignedIn();
        callers.em = em;
        return callers;
    }

    /** The audit trail, for services of other capabilities' tests. */
    public static AuditTrail audit(EntityManager em, Callers callers) {
        AuditTrail audit = new AuditTrail();
        audit.em = em;
        audit.callers = callers;
        return audit;
    }

    public void signIn(Account account) {
        callers.accountId = account == null ? null : account.getId();
    }

    /** A complete, valid registration form of a Brussels association (unique name and address per call). */
    public static OrganisationDetails association(String name) {
        return new OrganisationDetails(name + " asbl", name, OrganisationKind.ASSOCIATION, null,
                "Rue de la Victoire 96", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, "www.example.be",
                "contact@" + name.toLowerCase().replaceAll("[^a-z0-9]", "") + ".example", "+32 2 600 00 00",
                List.of("fr", "nl"), "Aide alimentaire et accompagnement social.", "", "");
    }

    /** An accepted organisation with its administrator (no password: tests act as her through {@link #signIn}). */
    public Account acceptedOrganisationWithAdministrator(String name) {
        eu.socialmap.directory.entity.Organisation organisation = new eu.socialmap.directory.entity.Organisation(
                association(name).check(), java.time.Instant.now());
        organisation.confirmEmail();
        organisation.accept(java.time.Instant.now());
        em.persist(organisation);
        em.flush();
        Account admin = new Account(uniqueEmail("admin"), "Admin " + name, eu.socialmap.platform.entity.Language.FR,
                java.time.Instant.now());
        admin.joinOrganisation(organisation.getId());
        admin.grant(eu.socialmap.membership.entity.Role.ORGANISATION_MEMBER);
        admin.grant(eu.socialmap.membership.entity.Role.ORGANISATION_ADMIN);
        em.persist(admin);
        em.flush();
        return admin;
    }

    public Account coordinator() {
        Account coordinator = new Account(uniqueEmail("coordination"), "Coordination",
                eu.socialmap.platform.entity.Language.FR, java.time.Instant.now());
        coordinator.grant(eu.socialmap.membership.entity.Role.COORDINATOR);
        em.persist(coordinator);
        em.flush();
        return coordinator;
    }

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + java.util.UUID.randomUUID() + "@test.example";
    }
}
