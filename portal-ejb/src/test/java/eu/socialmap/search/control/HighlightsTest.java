package eu.socialmap.search.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a result list marks: the words that made the service match, in whichever language it is written. */
class HighlightsTest {

    private static final Synonyms SYNONYMS = new Synonyms(List.of(
            List.of("logement", "huisvesting", "housing", "woning"),
            List.of("sans-abri", "sans abri", "dakloos", "daklozen", "homeless")));

    private static List<String> marked(String query, String text) {
        return new Highlights(Analyzers.perField(), SYNONYMS, query).in(text).stream()
                .filter(Highlights.Part::marked).map(Highlights.Part::text).toList();
    }

    @Test
    void theSameWordUnderAnotherFormOrAccentIsMarked() {
        assertThat(marked("logement", "Aide au Logement et aux logements sociaux")).containsExactly("Logement", "logements");
        assertThat(marked("sante", "Maison de santé")).containsExactly("santé");
    }

    @Test
    void aFrenchWordMarksItsDutchSynonymsAndAMisspellingStillMarksTheWord() {
        assertThat(marked("logement", "Hulp bij huisvesting")).containsExactly("huisvesting");
        assertThat(marked("sans abri", "Nachtopvang voor daklozen")).containsExactly("daklozen");
        assertThat(marked("logemnt", "Aide au logement")).containsExactly("logement");
    }

    @Test
    void aDutchCompoundIsMarkedByItsPartButASynonymsPartMarksNothing() {
        assertThat(marked("woning", "Hulp bij het zoeken naar een huurwoning")).containsExactly("huurwoning");
        assertThat(marked("sans-abri", "Un repas chaud pour les personnes sans abri"))
                .as("homeless, a synonym, holds the Dutch part \"les\": the French article is not marked")
                .containsExactly("sans", "abri");
    }

    @Test
    void theWholeTextIsKeptInOrderAndNothingElseIsMarked() {
        String text = "Une <b>aide</b> au logement, vite.";
        List<Highlights.Part> parts = new Highlights(Analyzers.perField(), SYNONYMS, "logement").in(text);
        assertThat(String.join("", parts.stream().map(Highlights.Part::text).toList())).isEqualTo(text);
        assertThat(marked("logement", "Consultation médicale")).isEmpty();
        assertThat(new Highlights(Analyzers.perField(), SYNONYMS, "").in(text)).containsExactly(new Highlights.Part(text, false));
    }

    @Test
    void nearSpellingsFollowTheSearchsTolerance() {
        assertThat(Highlights.withinEdits("logemnt", "logement", 1)).isTrue();
        assertThat(Highlights.withinEdits("huisvestnig", "huisvesting", 2)).as("two letters swapped").isTrue();
        assertThat(Highlights.withinEdits("loge", "toge", 1)).as("the first letter must match").isFalse();
        assertThat(Highlights.withinEdits("logement", "lotissement", 2)).isFalse();
    }
}
