package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.EnterpriseNumber;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.directory.entity.OrganisationDetails;
import eu.socialmap.directory.entity.OrganisationKind;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An organisation registers, confirms its address, and is accepted or refused — on a real MariaDB. */
class RegistrationsIT {

    private static final Pattern CONFIRM = Pattern.compile("/registration/confirm\\?token=([A-Za-z0-9_-]+)");

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aRegisteredAssociationConfirmsItsAddressAndIsAcceptedWithItsFirstPersonAsAdministrator() {
        String email = MembershipFixtures.uniqueEmail("directie");
        Account coordinator = inTransaction(fixtures::coordinator);
        Organisation registered = inTransaction(() -> fixtures.registrations.register(
                MembershipFixtures.association("Huis " + UUID.randomUUID().toString().substring(0, 8)),
                new Registrations.FirstPerson("An Peeters", email, "een lange zin als wachtwoord", Language.NL)));

        assertThat(registered.getStatus()).isEqualTo(Organisation.Status.EMAIL_UNVERIFIED);
        Account first = accountOf(email);
        assertThat(first.isEnabled()).as("no sign-in before the address is confirmed").isFalse();
        String body = lastMailTo(email).getBody();
        assertThat(lastMailTo(email).getSubject()).isEqualTo("Bevestig de inschrijving van uw organisatie");
        Matcher token = CONFIRM.matcher(body);
        assertThat(token.find()).isTrue();

        inTransaction(() -> fixtures.registrations.confirm(token.group(1)));
        em.clear();
        assertThat(em.find(Organisation.class, registered.getId()).getStatus()).isEqualTo(Organisation.Status.PENDING);
        assertThat(accountOf(email).isEnabled()).isTrue();
        assertThat(lastMailTo(coordinator.getEmail()).getBody()).contains(registered.getLegalName())
                .contains("https://portal.test/coordination/registrations");
        assertThatThrownBy(() -> inTransaction(() -> fixtures.registrations.confirm(token.group(1))))
                .hasMessage("membership.token.used");

        fixtures.signIn(coordinator);
        inTransaction(() -> {
            fixtures.registrations.accept(registered.getId());
            return null;
        });
        em.clear();
        assertThat(accountOf(email).getRoles()).contains(Role.ORGANISATION_ADMIN, Role.ORGANISATION_MEMBER);
        assertThat(lastMailTo(email).getSubject()).isEqualTo("Welkom in het netwerk");
        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.registrations.accept(registered.getId());
            return null;
        })).as("reviewed once").hasMessage("directory.review.notPending");
    }

    @Test
    void aRefusedOrganisationIsToldWhyInItsLanguage() {
        String email = MembershipFixtures.uniqueEmail("direction");
        Account coordinator = inTransaction(fixtures::coordinator);
        Organisation registered = inTransaction(() -> fixtures.registrations.register(
                MembershipFixtures.association("Refus " + UUID.randomUUID().toString().substring(0, 8)),
                new Registrations.FirstPerson("Marie Dubois", email, "une longue phrase secrète", Language.FR)));
        inTransaction(() -> fixtures.registrations.confirm(tokenIn(lastMailTo(email).getBody())));
        fixtures.signIn(coordinator);

        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.registrations.refuse(registered.getId(), "  ");
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field).containsExactly("reason"));
        inTransaction(() -> {
            fixtures.registrations.refuse(registered.getId(), "Votre association est active hors du territoire.");
            return null;
        });
        OutgoingMail mail = lastMailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Votre inscription n’a pas été acceptée");
        assertThat(mail.getBody()).contains("Votre association est active hors du territoire.");
        assertThat(accountOf(email).getRoles()).isEmpty();
    }

    @Test
    void aLostOrExpiredConfirmationLinkIsReplacedAndOnlyTheNewestWorks() {
        String email = MembershipFixtures.uniqueEmail("perdu");
        inTransaction(() -> fixtures.registrations.register(
                MembershipFixtures.association("Perdu " + UUID.randomUUID().toString().substring(0, 8)),
                new Registrations.FirstPerson("Léa", email, "une longue phrase secrète", Language.FR)));
        String first = tokenIn(lastMailTo(email).getBody());

        inTransaction(() -> {
            fixtures.registrations.resendConfirmation(email.toUpperCase());
            fixtures.registrations.resendConfirmation("nobody-" + email); // says nothing, sends nothing
            return null;
        });
        String second = tokenIn(lastMailTo(email).getBody());

        assertThat(second).isNotEqualTo(first);
        em.clear(); // a new transaction in the container starts with a fresh persistence context
        assertThatThrownBy(() -> inTransaction(() -> fixtures.registrations.confirm(first)))
                .hasMessage("membership.token.expired");
        inTransaction(() -> fixtures.registrations.confirm(second));
        long mails = em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :r", Long.class)
                .setParameter("r", email).getSingleResult();
        inTransaction(() -> {
            fixtures.registrations.resendConfirmation(email); // confirmed: nothing more to send
            return null;
        });
        assertThat(em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :r", Long.class)
                .setParameter("r", email).getSingleResult()).isEqualTo(mails);
    }

    @Test
    void aRegistrationNeverConfirmedIsDeletedSoItsAddressAndNumberCanRegisterAgain() {
        String email = MembershipFixtures.uniqueEmail("oubli");
        OrganisationDetails details = new OrganisationDetails("Oubli " + UUID.randomUUID(), "Oubli",
                OrganisationKind.ASSOCIATION, randomSiren(), "1 rue Nationale", "59000", "Lille",
                EnterpriseNumber.Country.FR, null, "oubli@lille.example", null, List.of("fr"), "", "", "");
        Organisation forgotten = inTransaction(() -> fixtures.registrations.register(details,
                new Registrations.FirstPerson("Paul", email, "une longue phrase secrète", Language.FR)));
        UnconfirmedRegistrations cleanup = new UnconfirmedRegistrations();
        cleanup.em = em;
        cleanup.audit = new AuditTrail();
        cleanup.audit.em = em;

        int deleted = inTransaction(() -> cleanup.purgeRegisteredBefore(java.time.Instant.now().plusSeconds(1)));

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        em.clear();
        assertThat(em.find(Organisation.class, forgotten.getId())).isNull();
        assertThat(em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getResultList()).isEmpty();
        inTransaction(() -> fixtures.registrations.register(details,
                new Registrations.FirstPerson("Paul", email, "une longue phrase secrète", Language.FR)));
    }

    @Test
    void everyBadFieldIsRefusedAtOnceAndNothingIsSaved() {
        String taken = inTransaction(() -> fixtures.coordinator()).getEmail();
        long organisationsBefore = count();
        OrganisationDetails bad = new OrganisationDetails("<b>CPAS</b>", "x".repeat(61), OrganisationKind.ASSOCIATION,
                "0403.170.702", "Rue", "106", "Saint-Gilles", EnterpriseNumber.Country.BE, "not a site",
                "contact@cpas.example", "call me", List.of(), "", "", "");

        assertThatThrownBy(() -> inTransaction(() -> fixtures.registrations.register(bad,
                new Registrations.FirstPerson("Jean", taken, "short", Language.FR))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("legalName", "input.markup"),
                                org.assertj.core.groups.Tuple.tuple("shortName", "input.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("enterpriseNumber", "directory.enterpriseNumber.invalid.be"),
                                org.assertj.core.groups.Tuple.tuple("postcode", "directory.postcode.invalid.be"),
                                org.assertj.core.groups.Tuple.tuple("website", "input.website"),
                                org.assertj.core.groups.Tuple.tuple("phone", "input.phone"),
                                org.assertj.core.groups.Tuple.tuple("languages", "directory.languages.required"),
                                org.assertj.core.groups.Tuple.tuple("personEmail", "membership.email.taken"),
                                org.assertj.core.groups.Tuple.tuple("password", "membership.password.tooShort")));
        assertThat(count()).isEqualTo(organisationsBefore);
    }

    @Test
    void anEnterpriseNumberRegistersOnce() {
        OrganisationDetails details = new OrganisationDetails("CCAS " + UUID.randomUUID(), "CCAS",
                OrganisationKind.SOCIAL_WELFARE_CENTRE, randomSiren(), "26 rue de la Bienfaisance", "59200",
                "Tourcoing", EnterpriseNumber.Country.FR, null, "ccas@tourcoing.example", null, List.of("fr"),
                "", "", "");
        inTransaction(() -> fixtures.registrations.register(details, new Registrations.FirstPerson("A",
                MembershipFixtures.uniqueEmail("a"), "une longue phrase secrète", Language.FR)));

        assertThatThrownBy(() -> inTransaction(() -> fixtures.registrations.register(details,
                new Registrations.FirstPerson("B", MembershipFixtures.uniqueEmail("b"), "une longue phrase secrète",
                        Language.FR))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::messageKey).containsExactly("directory.enterpriseNumber.taken"));
    }

    /** A SIREN no other test run uses: 8 random digits and the Luhn check digit. */
    static String randomSiren() {
        String base = String.format("%08d", new java.util.Random().nextInt(100_000_000));
        for (int check = 0; check < 10; check++) {
            String candidate = base + check;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int digit = candidate.charAt(8 - i) - '0';
                if (i % 2 == 1) {
                    digit *= 2;
                    if (digit > 9) {
                        digit -= 9;
                    }
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    private long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }

    private Account accountOf(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private OutgoingMail lastMailTo(String email) {
        return em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :r ORDER BY m.id DESC", OutgoingMail.class)
                .setParameter("r", email).setMaxResults(1).getSingleResult();
    }

    static String tokenIn(String body) {
        Matcher token = CONFIRM.matcher(body);
        if (!token.find()) {
            throw new AssertionError("no confirmation link in " + body);
        }
        return token.group(1);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
