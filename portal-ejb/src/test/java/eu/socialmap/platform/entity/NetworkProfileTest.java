package eu.socialmap.platform.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkProfileTest {

    @Test
    void aNetworkWithoutANameIsRefusedWithATranslatableReason() {
        NetworkProfile profile = new NetworkProfile(new LocalizedText("Réseau", "", ""), null);

        assertThatThrownBy(() -> profile.rename(new LocalizedText("", " ", null), null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    assertThat(e.messageKey()).isEqualTo("platform.network.nameRequired");
                });
        assertThat(profile.getName().in(Language.NL)).as("the old name is kept").isEqualTo("Réseau");
    }

    @Test
    void aMissingTaglineIsEmptyRatherThanNull() {
        NetworkProfile profile = new NetworkProfile(new LocalizedText("Réseau", "Netwerk", "Network"), null);
        assertThat(profile.getTagline().isEmpty()).isTrue();
    }
}
