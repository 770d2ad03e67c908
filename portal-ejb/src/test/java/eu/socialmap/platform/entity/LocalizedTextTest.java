package eu.socialmap.platform.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTest {

    @Test
    void eachReaderGetsHerOwnLanguage() {
        LocalizedText text = new LocalizedText("Logement", "Huisvesting", "Housing");
        assertThat(text.in(Language.FR)).isEqualTo("Logement");
        assertThat(text.in(Language.NL)).isEqualTo("Huisvesting");
        assertThat(text.in(Language.EN)).isEqualTo("Housing");
    }

    @Test
    void aMissingTranslationFallsBackToTheFirstLanguageThatHasOne() {
        LocalizedText dutchOnly = new LocalizedText(null, "Daklozenopvang", "  ");
        assertThat(dutchOnly.in(Language.FR)).isEqualTo("Daklozenopvang");
        assertThat(dutchOnly.in(Language.EN)).isEqualTo("Daklozenopvang");
        assertThat(dutchOnly.isTranslatedInto(Language.EN)).isFalse();
        assertThat(dutchOnly.exactly(Language.FR)).isEmpty();
    }

    @Test
    void surroundingSpacesAreNotPartOfTheText() {
        assertThat(new LocalizedText(" Santé ", "", "").in(Language.FR)).isEqualTo("Santé");
        assertThat(new LocalizedText(" ", "", null).isEmpty()).isTrue();
    }

    @Test
    void equalTextsAreEqual() {
        assertThat(new LocalizedText("a", "b", "")).isEqualTo(new LocalizedText("a ", "b", null))
                .hasSameHashCodeAs(new LocalizedText("a", "b", ""));
    }
}
