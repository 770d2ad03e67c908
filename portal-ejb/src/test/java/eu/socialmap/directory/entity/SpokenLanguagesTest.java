package eu.socialmap.directory.entity;

import eu.socialmap.platform.control.Messages;
import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language a service can be given in is named in each of the portal's languages (forms, facets, pages). */
class SpokenLanguagesTest {

    @Test
    void eachSpokenLanguageHasANameInFrenchDutchAndEnglish() {
        for (Language reader : Language.values()) {
            assertThat(ServiceDetails.SPOKEN).as(reader.name())
                    .allSatisfy(code -> assertThat(Messages.bundle(reader).containsKey("directory.language." + code)).isTrue());
        }
    }
}
