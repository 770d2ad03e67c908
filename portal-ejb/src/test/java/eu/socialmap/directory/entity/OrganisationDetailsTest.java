package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.InvalidInput;
import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationDetailsTest {

    @Test
    void aValidFormIsCleanedUp() {
        OrganisationDetails.Checked checked = new OrganisationDetails("  CPAS de Saint-Gilles ", "",
                OrganisationKind.SOCIAL_WELFARE_CENTRE, "BE 0212.344.183", "Rue Fernand Bernier 40", "1060",
                "Saint-Gilles", EnterpriseNumber.Country.BE, "www.cpasstgilles.brussels", "Info@CPAS.example",
                "+32 2 600 54 11", List.of("nl", "fr", "xx"), "Aide sociale.", "", "").check();

        assertThat(checked.legalName()).isEqualTo("CPAS de Saint-Gilles");
        assertThat(checked.shortName()).as("empty short name: the legal name").isEqualTo("CPAS de Saint-Gilles");
        assertThat(checked.number().digits()).isEqualTo("0212344183");
        assertThat(checked.website()).isEqualTo("https://www.cpasstgilles.brussels");
        assertThat(checked.email()).isEqualTo("info@cpas.example");
        assertThat(checked.languages()).containsExactly("nl", "fr");
        assertThat(checked.description().in(Language.NL)).as("falls back to French").isEqualTo("Aide sociale.");
    }

    @Test
    void aFrenchOrganisationNeedsAFiveDigitPostcodeAndAValidSiren() {
        assertThatThrownBy(() -> new OrganisationDetails("CCAS de Roubaix", "CCAS", OrganisationKind.SOCIAL_WELFARE_CENTRE,
                "123 456 789", "Rue", "5910", "Roubaix", EnterpriseNumber.Country.FR, null, "ccas@roubaix.example", null,
                List.of("fr"), "", "", "").check())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("enterpriseNumber", "directory.enterpriseNumber.invalid.fr"),
                                org.assertj.core.groups.Tuple.tuple("postcode", "directory.postcode.invalid.fr")));
    }

    @Test
    void overLongFieldsAndMarkupAreRefusedWithTheirLimit() {
        assertThatThrownBy(() -> new OrganisationDetails("A".repeat(201), "ok", OrganisationKind.OTHER, null, "Rue",
                "1000", "Bruxelles", EnterpriseNumber.Country.BE, "javascript:alert(1)", "a@b.example", null,
                List.of("fr"), "<script>alert(1)</script>", "", "").check())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.fieldErrors())
                        .extracting(InvalidInput.FieldError::field, InvalidInput.FieldError::messageKey,
                                InvalidInput.FieldError::arguments)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("legalName", "input.tooLong", List.of(200, 201)),
                                org.assertj.core.groups.Tuple.tuple("website", "input.website", List.of()),
                                org.assertj.core.groups.Tuple.tuple("descriptionFr", "input.markup", List.of())));
    }
}
