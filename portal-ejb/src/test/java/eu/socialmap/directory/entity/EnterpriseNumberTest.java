package eu.socialmap.directory.entity;

import eu.socialmap.directory.entity.EnterpriseNumber.Country;
import eu.socialmap.platform.entity.BusinessException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseNumberTest {

    @Test
    void belgianNumbersAreReadAsPeopleWriteThem() {
        // 0403.170.701: a real enterprise number (97 - 4031707 % 97 = 1)
        assertThat(EnterpriseNumber.parse(Country.BE, "BE 0403.170.701"))
                .hasValue(new EnterpriseNumber(Country.BE, "0403170701"));
        assertThat(EnterpriseNumber.parse(Country.BE, "0403170701")).hasValueSatisfying(
                n -> assertThat(n.formatted()).isEqualTo("BE 0403.170.701"));
        assertThat(EnterpriseNumber.parse(Country.BE, "403.170.701")).as("old form without the leading 0")
                .hasValue(new EnterpriseNumber(Country.BE, "0403170701"));
    }

    @Test
    void aBelgianNumberWithAWrongCheckIsRefusedWithATranslatableReason() {
        assertThatThrownBy(() -> EnterpriseNumber.parse(Country.BE, "0403.170.702"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("directory.enterpriseNumber.invalid.be");
                });
        assertThatThrownBy(() -> EnterpriseNumber.parse(Country.BE, "2403170701")).hasMessageEndingWith(".be");
        assertThatThrownBy(() -> EnterpriseNumber.parse(Country.BE, "04031707")).hasMessageEndingWith(".be");
    }

    @Test
    void frenchSirenNumbersPassTheLuhnCheck() {
        assertThat(EnterpriseNumber.parse(Country.FR, "552 100 554")).hasValueSatisfying(
                n -> assertThat(n.formatted()).isEqualTo("SIREN 552 100 554"));
        assertThat(EnterpriseNumber.parse(Country.FR, "732 829 320")).isPresent();
        assertThat(EnterpriseNumber.parse(Country.FR, "356 000 000")).as("La Poste, the documented exception")
                .isPresent();
        assertThatThrownBy(() -> EnterpriseNumber.parse(Country.FR, "552 100 555"))
                .hasMessage("directory.enterpriseNumber.invalid.fr");
        assertThatThrownBy(() -> EnterpriseNumber.parse(Country.FR, "55210055A"))
                .hasMessage("directory.enterpriseNumber.invalid.fr");
    }

    @Test
    void anEmptyFieldMeansNoNumber() {
        assertThat(EnterpriseNumber.parse(Country.BE, "  ")).isEmpty();
        assertThat(EnterpriseNumber.parse(Country.FR, null)).isEmpty();
    }
}
