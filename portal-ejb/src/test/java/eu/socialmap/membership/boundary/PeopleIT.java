package eu.socialmap.membership.boundary;

import eu.socialmap.membership.entity.Account;
import eu.socialmap.membership.entity.CharterSignature;
import eu.socialmap.membership.entity.CharterVersion;
import eu.socialmap.membership.entity.Role;
import eu.socialmap.platform.entity.BusinessException;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The people of an organisation and their own data: an administrator invites and removes colleagues, a person
 * downloads her data and deletes her account while the network's records stay whole.
 */
class PeopleIT {

    private static final String PASSWORD = "une longue phrase secrète";

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anAdministratorInvitesPromotesAndRemovesColleaguesButNeverTheLastAdministrator() {
        Account admin = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator("Collègues"));
        Account other = inTransaction(() -> fixtures.acceptedOrganisationWithAdministrator("Ailleurs"));
        fixtures.signIn(admin);
        String email = MembershipFixtures.uniqueEmail("collegue");
        run(() -> fixtures.colleagues.invite(admin.getOrganisationId(), email, "Nadia El Amrani", Language.NL, false));

        Account colleague = accountOf(email);
        assertThat(colleague.getRoles()).containsExactly(Role.ORGANISATION_MEMBER);
        assertThat(colleague.worksFor(admin.getOrganisationId())).isTrue();
        assertThat(fixtures.colleagues.of(admin.getOrganisationId())).extracting(Colleagues.Colleague::email)
                .contains(admin.getEmail(), email);
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.invite(admin.getOrganisationId(), email, "Twice",
                Language.NL, false))).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                .extracting(InvalidInput.FieldError::messageKey).containsExactly("membership.email.taken"));

        assertThatThrownBy(() -> fixtures.colleagues.of(other.getOrganisationId())).as("another organisation's people")
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.remove(other.getOrganisationId(), other.getId())))
                .hasMessage("membership.forbidden.otherOrganisation");
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.remove(admin.getOrganisationId(), other.getId())))
                .as("someone of another organisation, by id").hasMessage("membership.account.notFound");
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.remove(admin.getOrganisationId(), admin.getId())))
                .hasMessage("membership.colleague.lastAdministrator");

        run(() -> fixtures.colleagues.setAdministrator(admin.getOrganisationId(), colleague.getId(), true));
        run(() -> fixtures.colleagues.setAdministrator(admin.getOrganisationId(), admin.getId(), false));
        em.clear();
        assertThat(accountOf(admin.getEmail()).getRoles()).doesNotContain(Role.ORGANISATION_ADMIN);
        fixtures.signIn(accountOf(email));
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.setAdministrator(admin.getOrganisationId(),
                colleague.getId(), false))).hasMessage("membership.colleague.lastAdministrator");

        run(() -> fixtures.colleagues.remove(admin.getOrganisationId(), admin.getId()));
        em.clear();
        assertThat(accountOf(admin.getEmail()).getOrganisationId()).isNull();
        fixtures.signIn(admin);
        assertThatThrownBy(() -> run(() -> fixtures.colleagues.remove(admin.getOrganisationId(), colleague.getId())))
                .as("removed from the organisation, she acts for it no more")
                .hasMessage("membership.forbidden.otherOrganisation");
        em.clear();
        Account stays = accountOf(email);
        assertThat(stays.getRoles()).contains(Role.ORGANISATION_ADMIN);
    }

    @Test
    void aPersonDownloadsHerDataThenDeletesHerAccountAndHerSignatureStaysAnonymous() {
        Account coordinator = inTransaction(fixtures::coordinator);
        String email = MembershipFixtures.uniqueEmail("export");
        var organisation = inTransaction(() -> fixtures.registrations.register(
                MembershipFixtures.association("Export " + UUID.randomUUID().toString().substring(0, 6)),
                new Registrations.FirstPerson("Lucie Martin", email, PASSWORD, Language.FR)));
        inTransaction(() -> fixtures.registrations.confirm(RegistrationsIT.tokenIn(
                em.createQuery("SELECT m.body FROM OutgoingMail m WHERE m.recipient = :r", String.class)
                        .setParameter("r", email).getSingleResult())));
        fixtures.signIn(coordinator);
        run(() -> fixtures.registrations.accept(organisation.getId()));
        CharterVersion charter = inTransaction(() -> fixtures.charter.publish("Charte", "", "",
                LocalDate.now(ZoneId.of("Europe/Brussels"))));
        Account lucie = accountOf(email);
        fixtures.signIn(lucie);
        run(() -> fixtures.charter.sign(organisation.getId(), charter.getNumber()));

        JsonObject export = Json.createReader(new StringReader(fixtures.personalData.export())).readObject();
        assertThat(export.getJsonObject("account").getString("email")).isEqualTo(email);
        assertThat(export.getJsonObject("account").getJsonObject("organisation").getString("name"))
                .isEqualTo(organisation.getLegalName());
        assertThat(export.getJsonArray("charterSignatures")).hasSize(1);
        assertThat(export.getJsonArray("emails")).isNotEmpty();

        assertThatThrownBy(() -> run(() -> fixtures.personalData.deleteOwnAccount(PASSWORD)))
                .hasMessage("membership.delete.lastOrganisationAdmin");
        run(() -> fixtures.colleagues.invite(organisation.getId(), MembershipFixtures.uniqueEmail("relais"), "Relais",
                Language.FR, true));
        assertThatThrownBy(() -> run(() -> fixtures.personalData.deleteOwnAccount("wrong password")))
                .hasMessage("membership.password.currentWrong");
        run(() -> fixtures.personalData.deleteOwnAccount(PASSWORD));

        em.clear();
        assertThat(em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email)
                .getResultList()).isEmpty();
        CharterSignature signature = fixtures.charter.signaturesOf(organisation.getId()).get(0);
        assertThat(signature.getSignedBy()).isNull();
        assertThat(signature.getSignerName()).isNull();
        assertThat(fixtures.charter.statusOf(em.find(eu.socialmap.directory.entity.Organisation.class,
                organisation.getId()))).as("still a member").isEqualTo(eu.socialmap.directory.entity.MembershipStatus.MEMBER);
        assertThat(em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = 'charter.signed' "
                + "AND e.subjectId = :o AND e.actorId IS NULL", Long.class).setParameter("o", organisation.getId())
                .getSingleResult()).as("the trail keeps the change, without the person").isEqualTo(1L);
    }

    private Account accountOf(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class).setParameter("email", email).getSingleResult();
    }

    private void run(Runnable work) {
        TestDatabase.inTransaction(em, () -> {
            work.run();
            return null;
        });
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return TestDatabase.inTransaction(em, work);
    }
}
