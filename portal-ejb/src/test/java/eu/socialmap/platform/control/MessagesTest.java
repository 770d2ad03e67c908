package eu.socialmap.platform.control;

import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every word of the portal exists in the three languages. */
class MessagesTest {

    @Test
    void theThreeBundlesHoldExactlyTheSameKeys() {
        Set<String> french = keys(Language.FR);
        assertThat(french).isNotEmpty();
        for (Language language : Language.values()) {
            Set<String> keys = keys(language);
            assertThat(keys).as("keys of %s missing or extra compared to French", language)
                    .containsExactlyInAnyOrderElementsOf(french);
        }
    }

    @Test
    void noTranslationIsBlank() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Messages.bundle(language);
            for (String key : Collections.list(bundle.getKeys())) {
                assertThat(bundle.getString(key)).as("%s in %s", key, language).isNotBlank();
            }
        }
    }

    @Test
    void eachLanguageReallyIsItsOwnTranslation() {
        assertThat(Messages.get(Language.FR, "error.404.title")).isEqualTo("Page introuvable");
        assertThat(Messages.get(Language.NL, "error.404.title")).isEqualTo("Pagina niet gevonden");
        assertThat(Messages.get(Language.EN, "error.404.title")).isEqualTo("Page not found");
    }

    @Test
    void argumentsAreFilledInAndTypographicApostrophesSurvive() {
        assertThat(Messages.get(Language.FR, "problem.server.detail", List.of("A1B2")))
                .isEqualTo("Le portail n’a pas pu traiter la demande. Référence de l’erreur : A1B2");
    }

    @Test
    void anUnknownKeyShowsItselfRatherThanFailingThePage() {
        assertThat(Messages.get(Language.NL, "no.such.key")).isEqualTo("no.such.key");
    }

    private static Set<String> keys(Language language) {
        return new TreeSet<>(Collections.list(Messages.bundle(language).getKeys()));
    }
}
