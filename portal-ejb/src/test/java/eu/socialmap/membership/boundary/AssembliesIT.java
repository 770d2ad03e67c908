package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.Assembly;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.platform.entity.OutgoingMail;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** General assemblies on a real MariaDB: the notice reaches the members, the quorum follows who is present. */
class AssembliesIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void theCoordinatorConvenesTheMembersAndRecordsWhoCameUntilTheQuorumIsReached() {
        Account coordinator = inTransaction(fixtures::coordinator);
        fixtures.signIn(coordinator);
        CharterVersion charter = inTransaction(() -> fixtures.charter.publish("Charte", "", "",
                LocalDate.now(ZoneId.of("Europe/Brussels"))));
        Account first = member("Assemblée A", charter);
        Account second = member("Assemblée B", charter);
        fixtures.signIn(coordinator);

        Assembly assembly = inTransaction(() -> fixtures.assemblies.convene(
                new LocalizedText("Assemblée générale", "Algemene vergadering", ""),
                Instant.now().plus(Duration.ofDays(30)), "Maison du Peuple, Parvis de Saint-Gilles 37",
                new LocalizedText("1. Rapport d’activités\n2. Élection du comité", "", ""), 100));

        OutgoingMail notice = em.createQuery("SELECT m FROM OutgoingMail m WHERE m.recipient = :r", OutgoingMail.class)
                .setParameter("r", second.getEmail()).getResultList().stream()
                .filter(m -> m.getSubject().startsWith("Convocation")).findFirst().orElseThrow();
        assertThat(notice.getSubject()).isEqualTo("Convocation à l’assemblée générale : Assemblée générale");
        assertThat(notice.getBody()).contains("Maison du Peuple").contains("1. Rapport d’activités");

        Assemblies.Attendance one = inTransaction(() -> fixtures.assemblies.recordPresence(assembly.getId(),
                Set.of(first.getOrganisationId())));
        assertThat(one.quorumReached()).isFalse();
        Assemblies.Attendance all = inTransaction(() -> fixtures.assemblies.recordPresence(assembly.getId(),
                Set.of(first.getOrganisationId(), second.getOrganisationId())));
        assertThat(all.present()).containsExactlyInAnyOrder(first.getOrganisationId(), second.getOrganisationId());
        assertThat(all.quorumReached()).as("every member present: 100 % reached whatever else exists")
                .isEqualTo(assembly.getMemberCount() == 2);
        assertThat(fixtures.assemblies.attendance(assembly.getId()).present()).hasSize(2);
    }

    @Test
    void anAssemblyInThePastOrWithoutPlaceIsRefused() {
        fixtures.signIn(inTransaction(fixtures::coordinator));
        assertThatThrownBy(() -> inTransaction(() -> fixtures.assemblies.convene(new LocalizedText("AG", "", ""),
                Instant.now().minus(Duration.ofDays(1)), " ", new LocalizedText("", "", ""), 0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactlyInAnyOrder("startsAt", "place", "quorumPercent"));
    }

    private Account member(String name, CharterVersion charter) {
        Account admin = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator(name));
        fixtures.signIn(admin);
        inTransaction(() -> {
            fixtures.charter.sign(admin.getOrganisationId(), charter.getNumber());
            return null;
        });
        return admin;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
