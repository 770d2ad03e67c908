package eu.socialmap.membership.boundary;

import eu.socialmap.directory.entity.MembershipStatus;
import eu.socialmap.directory.entity.Organisation;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The charter and membership status, on a real MariaDB. */
class CharterIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void signingTheVersionInForceMakesAMemberAndANewVersionAsksToSignAgain() {
        Account coordinator = inTransaction(fixtures::coordinator);
        Account admin = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator("Charte"));
        fixtures.signIn(coordinator);
        CharterVersion first = inTransaction(() -> fixtures.charter.publish("Nous coopérons.", "Wij werken samen.",
                "We cooperate.", today()));
        assertThat(status(admin)).isEqualTo(MembershipStatus.NOT_MEMBER);

        fixtures.signIn(admin);
        inTransaction(() -> {
            fixtures.charter.sign(admin.getOrganisationId(), first.getNumber());
            return null;
        });
        assertThat(status(admin)).isEqualTo(MembershipStatus.MEMBER);
        assertThat(fixtures.charter.members(1, 100).organisations()).extracting(Organisation::getId)
                .contains(admin.getOrganisationId());
        assertThat(fixtures.charter.signaturesOf(admin.getOrganisationId())).singleElement()
                .satisfies(s -> assertThat(s.getSignerName()).isEqualTo(admin.getDisplayName()));
        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.charter.sign(admin.getOrganisationId(), first.getNumber());
            return null;
        })).hasMessage("membership.charter.alreadySigned");

        fixtures.signIn(coordinator);
        CharterVersion second = inTransaction(() -> fixtures.charter.publish("Nous coopérons encore.", "", "", today()));
        assertThat(second.getNumber()).isEqualTo(first.getNumber() + 1);
        assertThat(status(admin)).isEqualTo(MembershipStatus.TO_RESIGN);
        assertThat(fixtures.charter.members(1, 100).organisations()).extracting(Organisation::getId)
                .doesNotContain(admin.getOrganisationId());
        assertThat(em.createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.recipient = :r", Long.class)
                .setParameter("r", admin.getEmail()).getSingleResult()).as("told to sign again").isEqualTo(2L);
    }

    @Test
    void anAdministratorSignsOnlyForHerOwnOrganisation() {
        Account coordinator = inTransaction(fixtures::coordinator);
        Account mine = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator("Mine"));
        Account theirs = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator("Theirs"));
        fixtures.signIn(coordinator);
        CharterVersion version = inTransaction(() -> fixtures.charter.publish("Texte", "", "", today()));

        fixtures.signIn(mine);
        assertThatThrownBy(() -> inTransaction(() -> {
            fixtures.charter.sign(theirs.getOrganisationId(), version.getNumber());
            return null;
        })).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
            assertThat(e.messageKey()).isEqualTo("membership.forbidden.otherOrganisation");
        });
        assertThat(status(theirs)).isEqualTo(MembershipStatus.NOT_MEMBER);
    }

    @Test
    void aVersionNeedsATextAndADateToCome() {
        fixtures.signIn(inTransaction(fixtures::coordinator));
        assertThatThrownBy(() -> inTransaction(() -> fixtures.charter.publish(" ", "", "<script>x</script>",
                today().minusDays(1)))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::field).containsExactlyInAnyOrder("textEn", "effectiveOn"));
    }

    private MembershipStatus status(Account admin) {
        em.clear();
        return fixtures.charter.statusOf(em.find(Organisation.class, admin.getOrganisationId()));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Brussels"));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
