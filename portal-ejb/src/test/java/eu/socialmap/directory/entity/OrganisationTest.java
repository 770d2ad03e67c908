package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void onlyAConfirmedRegistrationIsReviewedAndOnlyOnce() {
        Organisation organisation = registered();
        assertThatThrownBy(() -> organisation.accept(NOW)).hasMessage("directory.review.notPending");

        organisation.confirmEmail();
        organisation.accept(NOW);

        assertThat(organisation.getStatus()).isEqualTo(Organisation.Status.ACCEPTED);
        assertThatThrownBy(() -> organisation.refuse("trop tard", NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    void membershipFollowsTheNewestVersionSigned() {
        Organisation organisation = registered();
        organisation.confirmEmail();
        assertThatThrownBy(() -> organisation.signCharter(1)).as("not accepted yet")
                .hasMessage("membership.charter.notAccepted");
        organisation.accept(NOW);

        assertThat(organisation.membership(null)).as("no charter yet").isEqualTo(MembershipStatus.NOT_MEMBER);
        assertThat(organisation.membership(1)).isEqualTo(MembershipStatus.NOT_MEMBER);
        organisation.signCharter(1);
        assertThat(organisation.membership(1)).isEqualTo(MembershipStatus.MEMBER);
        assertThat(organisation.membership(2)).isEqualTo(MembershipStatus.TO_RESIGN);
        organisation.signCharter(2);
        organisation.signCharter(1);
        assertThat(organisation.getSignedCharter()).as("never goes back").isEqualTo(2);
    }

    @Test
    void aRefusedOrganisationIsNeverAMember() {
        Organisation organisation = registered();
        organisation.confirmEmail();
        organisation.refuse("Hors du territoire", NOW);

        assertThat(organisation.membership(1)).isEqualTo(MembershipStatus.NOT_MEMBER);
        assertThat(organisation.getRefusalReason()).isEqualTo("Hors du territoire");
    }

    @Test
    void itIsWrittenToInItsFirstLanguageOfContactAndItsNumberReadsAsUsual() {
        Organisation organisation = new Organisation(new OrganisationDetails("OCMW Kortrijk", "", OrganisationKind.SOCIAL_WELFARE_CENTRE,
                "0212.197.495", "Budastraat 27", "8500", "Kortrijk", EnterpriseNumber.Country.BE, null,
                "info@ocmw.example", null, List.of("nl", "fr"), "", "", "").check(), NOW);

        assertThat(organisation.getCorrespondenceLanguage().code()).isEqualTo("nl");
        assertThat(organisation.getEnterpriseNumber()).isEqualTo("0212.197.495");
    }

    private static Organisation registered() {
        return new Organisation(new OrganisationDetails("Maison", "", OrganisationKind.ASSOCIATION, null, "Rue 1",
                "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, null, "m@x.example", null, List.of("fr"), "", "",
                "").check(), NOW);
    }
}
