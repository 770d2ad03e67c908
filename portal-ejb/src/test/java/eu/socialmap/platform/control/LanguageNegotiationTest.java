package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageNegotiationTest {

    @Test
    void theLanguageChosenWithTheSwitchWinsOverTheBrowser() {
        assertThat(LanguageNegotiation.choose("nl", "en-GB,en;q=0.9")).isEqualTo(Language.NL);
    }

    @Test
    void withoutAChoiceTheBrowserPreferenceDecides() {
        assertThat(LanguageNegotiation.choose(null, "nl-BE,nl;q=0.9,fr;q=0.8")).isEqualTo(Language.NL);
        assertThat(LanguageNegotiation.choose(null, "en-US")).isEqualTo(Language.EN);
    }

    @Test
    void qualityValuesAreHonouredAndLanguagesWeDoNotSpeakAreSkipped() {
        assertThat(LanguageNegotiation.choose(null, "de-DE,de;q=0.9,en;q=0.5,nl;q=0.7")).isEqualTo(Language.NL);
        assertThat(LanguageNegotiation.choose(null, "fr;q=0,en;q=0.2")).isEqualTo(Language.EN);
    }

    @Test
    void frenchWhenNothingUsableIsKnown() {
        assertThat(LanguageNegotiation.choose(null, null)).isEqualTo(Language.FR);
        assertThat(LanguageNegotiation.choose("", "de, it")).isEqualTo(Language.FR);
        assertThat(LanguageNegotiation.choose("xx-garbage", ";;;q=abc")).isEqualTo(Language.FR);
    }

    @Test
    void aForgedCookieValueIsIgnored() {
        assertThat(LanguageNegotiation.choose("<script>", "en")).isEqualTo(Language.EN);
    }
}
