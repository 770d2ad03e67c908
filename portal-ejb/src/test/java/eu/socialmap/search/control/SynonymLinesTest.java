package eu.socialmap.search.control;

import eu.socialmap.platform.control.InputCheck;
import eu.socialmap.platform.entity.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinators write one group of synonyms a line; each bad line is named. */
class SynonymLinesTest {

    @Test
    void eachLineIsAGroupOfWordsOrExpressionsSeparatedByCommas() {
        InputCheck input = new InputCheck();
        List<List<String>> groups = SynonymLines.parse("logement, huisvesting ,housing\n\n sans  abri, dakloos, homeless,\n", input);
        assertThat(input.hasErrors()).isFalse();
        assertThat(groups).containsExactly(List.of("logement", "huisvesting", "housing"),
                List.of("sans abri", "dakloos", "homeless"));
        assertThat(SynonymLines.parse(SynonymLines.write(groups), new InputCheck())).isEqualTo(groups);
    }

    @Test
    void aLineWithOneWordOrMarkupIsRefusedWithItsNumber() {
        InputCheck input = new InputCheck();
        SynonymLines.parse("logement, huisvesting\nlogement\nsanté, <script>", input);
        assertThatThrownBy(input::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, refused ->
                assertThat(refused.fieldErrors()).extracting(error -> error.messageKey() + ":" + error.arguments().get(0))
                        .containsExactly("search.synonyms.tooFew:2", "search.synonyms.badWord:3"));
    }
}
