package eu.socialmap.directory.boundary;

import eu.socialmap.directory.entity.TaxonomyTerm;
import eu.socialmap.membership.boundary.MembershipFixtures;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinators add themes and publics with names in the three languages; codes stay unique and never change. */
class TaxonomiesIT {

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final MembershipFixtures fixtures = new MembershipFixtures(em);
    private final MembershipFixtures.SignedIn signedIn = MembershipFixtures.signedIn(em);
    private final Taxonomies taxonomies = new Taxonomies();
    private Account coordinator;
    private Account admin;

    @BeforeEach
    void wire() {
        taxonomies.em = em;
        taxonomies.callers = signedIn;
        taxonomies.audit = MembershipFixtures.audit(em, signedIn);
        coordinator = TestDatabase.inTransaction(em, fixtures::coordinator);
        admin = TestDatabase.inTransaction(em, () -> fixtures.acceptedOrganisationWithAdministrator("Thèmes"));
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void aCoordinatorAddsAThemeInThreeLanguagesAndRenamesItButNeverTwiceTheSameCode() {
        signedIn.signIn(coordinator.getId());
        String code = "digital-" + System.nanoTime() % 100000;
        TaxonomyTerm term = TestDatabase.inTransaction(em, () -> taxonomies.add(TaxonomyTerm.Taxonomy.THEME, code,
                "Inclusion numérique", "Digitale inclusie", "Digital inclusion"));
        assertThat(term.getName().in(Language.NL)).isEqualTo("Digitale inclusie");

        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> taxonomies.add(TaxonomyTerm.Taxonomy.THEME, code,
                "Autre", "", "Other"))).isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.fieldErrors())
                .extracting(error -> error.field() + ":" + error.messageKey())
                .containsExactlyInAnyOrder("code:directory.term.codeTaken", "nameNl:input.required"));
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> taxonomies.add(TaxonomyTerm.Taxonomy.AUDIENCE,
                "Grand Public!", "Tous", "Iedereen", "Everyone"))).isInstanceOfSatisfying(InvalidInput.class,
                refused -> assertThat(refused.fieldErrors()).extracting(InvalidInput.FieldError::messageKey)
                        .containsExactly("directory.term.codeInvalid"));

        TestDatabase.inTransaction(em, () -> taxonomies.rename(term.getId(), "Inclusion numérique et accès aux droits",
                "Digitale inclusie", "Digital inclusion"));
        em.clear();
        TaxonomyTerm renamed = em.find(TaxonomyTerm.class, term.getId());
        assertThat(renamed.getCode()).isEqualTo(code);
        assertThat(renamed.getName().in(Language.FR)).isEqualTo("Inclusion numérique et accès aux droits");
    }

    @Test
    void onlyCoordinatorsKeepTheLists() {
        signedIn.signIn(admin.getId());
        assertThatThrownBy(() -> TestDatabase.inTransaction(em, () -> taxonomies.add(TaxonomyTerm.Taxonomy.THEME,
                "sneaky", "A", "B", "C"))).isNotInstanceOf(InvalidInput.class);
    }
}
