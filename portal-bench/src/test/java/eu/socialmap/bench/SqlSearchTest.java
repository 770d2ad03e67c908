package eu.socialmap.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSearchTest {

    @Test
    void wordsAreSplitOnAnythingButLettersAndDigits() {
        assertThat(SqlSearch.words("Sans-abri, l'Hôpital  ")).containsExactly("sans", "abri", "l", "hôpital");
        assertThat(SqlSearch.words("")).isEmpty();
    }

    @Test
    void fulltextRequiresEveryIndexedWordAndLeavesOutWhatInnoDbNeverIndexes() {
        assertThat(SqlSearch.booleanQuery(List.of("médiation", "de", "dettes"))).isEqualTo("+médiation +dettes");
        assertThat(SqlSearch.booleanQuery(List.of("aide", "alimentaire"))).isEqualTo("+aide +alimentaire");
    }
}
