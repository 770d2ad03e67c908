package eu.socialmap.search.view;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchLinksTest {

    @Test
    void aFacetValueAddsOrRemovesItselfWithoutChangingWhatIsChosen() {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("theme", List.of("housing"));
        chosen.put("country", List.of());

        assertThat(SearchLinks.toggled(chosen, "theme", "health"))
                .containsExactly(Map.entry("theme", List.of("housing", "health")), Map.entry("country", List.of()));
        assertThat(SearchLinks.toggled(chosen, "theme", "housing"))
                .containsExactly(Map.entry("theme", List.of()), Map.entry("country", List.of()));
        assertThat(SearchLinks.toggled(chosen, "month", "2027-03")).containsEntry("month", List.of("2027-03"));
        assertThat(chosen).containsEntry("theme", List.of("housing"));
        assertThat(SearchLinks.isChosen(chosen, "theme", "housing")).isTrue();
        assertThat(SearchLinks.isChosen(chosen, "month", "2027-03")).isFalse();
    }

    @Test
    void theChosenValuesAreListedOneByOneAndFilterTheSearch() {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        chosen.put("theme", List.of("housing", "health"));
        chosen.put("country", List.of());

        assertThat(SearchLinks.chosenValues(chosen))
                .containsExactly(Map.entry("theme", "housing"), Map.entry("theme", "health"));
        assertThat(SearchLinks.isFiltered("", chosen)).isTrue();
        assertThat(SearchLinks.isFiltered("aide", Map.of("theme", List.of()))).isTrue();
        assertThat(SearchLinks.isFiltered(" ", Map.of("theme", List.of()))).isFalse();
    }

    @Test
    void pagesStayBetweenTheFirstAndTheHundredth() {
        assertThat(SearchLinks.pageNumber(null)).isEqualTo(1);
        assertThat(SearchLinks.pageNumber("3")).isEqualTo(3);
        assertThat(SearchLinks.pageNumber("1000")).isEqualTo(100);
        assertThat(SearchLinks.pages(0, 20)).isEqualTo(1);
        assertThat(SearchLinks.pages(41, 20)).isEqualTo(3);
        assertThat(SearchLinks.pages(5000, 20)).isEqualTo(100);
    }

    @Test
    void aLongTextIsCutAtASpace() {
        assertThat(SearchLinks.shortened(null, 10)).isEmpty();
        assertThat(SearchLinks.shortened("short", 10)).isEqualTo("short");
        assertThat(SearchLinks.shortened("one two three four", 10)).isEqualTo("one two …");
        assertThat(SearchLinks.shortened("onetwothreefour", 10)).isEqualTo("onetwothre …");
        assertThat(SearchLinks.cut("abcdef", 3)).isEqualTo("abc");
        assertThat(SearchLinks.encode("a b&c")).isEqualTo("a+b%26c");
    }
}
