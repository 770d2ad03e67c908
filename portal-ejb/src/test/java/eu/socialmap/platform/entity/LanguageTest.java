package eu.socialmap.platform.entity;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void regionalVariantsAndCaseMapToOurLanguages() {
        assertThat(Language.fromTag("nl-BE")).contains(Language.NL);
        assertThat(Language.fromTag("FR_be")).contains(Language.FR);
        assertThat(Language.fromTag("en")).contains(Language.EN);
        assertThat(Language.fromTag("de")).isEmpty();
        assertThat(Language.fromTag(null)).isEmpty();
    }

    @Test
    void anyOtherLocaleMeansFrench() {
        assertThat(Language.of(Locale.GERMANY)).isEqualTo(Language.FR);
        assertThat(Language.of(null)).isEqualTo(Language.FR);
        assertThat(Language.of(Locale.forLanguageTag("nl-NL"))).isEqualTo(Language.NL);
    }
}
