package eu.socialmap.practice.control;

import eu.socialmap.platform.entity.Language;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PracticeIndexTest {

    private static final List<List<String>> SEED_SYNONYMS = List.of(
            List.of("sans-abri", "sans abri", "dakloos", "daklozen", "thuisloos", "homeless"),
            List.of("primo-arrivants", "primo-arrivant", "nouveaux arrivants", "nieuwkomers", "nieuwkomer", "newcomers"));

    private final PracticeIndex index = new PracticeIndex(List.of(
            new PracticeDocument(1, false, Map.of(Language.FR,
                    "Un toit d’abord\nAccompagnement des personnes sans-abri vers un logement durable"),
                    "CPAS de Liège", List.of("homelessness"), List.of("homeless"), List.of("BE"),
                    List.of("SOCIAL_WELFARE_CENTRE")),
            new PracticeDocument(2, true, Map.of(Language.NL,
                    "Samen sterk\nGroepssessies voor nieuwkomers en hun gezinnen"),
                    "OCMW Gent", List.of("migration"), List.of("newcomers"), List.of("BE"),
                    List.of("SOCIAL_WELFARE_CENTRE")),
            new PracticeDocument(3, false, Map.of(Language.EN, "Food for all\nA food bank run by volunteers"),
                    "Association Lilloise", List.of("food"), List.of("everyone"), List.of("FR"),
                    List.of("ASSOCIATION"))),
            PracticeIndex.synonyms(SEED_SYNONYMS));

    private List<Long> ids(String words, boolean inNetwork) {
        return index.search(PracticeQuery.words(words), inNetwork).hits().stream().map(PracticeIndex.Hit::sheetId).toList();
    }

    @Test
    void aFrenchSheetIsFoundInDutchAndEnglish() {
        assertEquals(List.of(1L), ids("daklozen", false));
        assertEquals(List.of(1L), ids("homeless", false));
        assertEquals(List.of(1L), ids("logemnt", false)); // a typo
    }

    @Test
    void theWordsThatMadeASheetMatchAreMarkedInItsLanguage() {
        List<String> marked = index.highlights("daklozen logemnt")
                .in("Accompagnement des personnes sans-abri vers un logement durable").stream()
                .filter(eu.socialmap.search.control.Highlights.Part::marked).map(eu.socialmap.search.control.Highlights.Part::text)
                .toList();
        assertEquals(List.of("sans", "abri", "logement"), marked);
    }

    @Test
    void membersOnlySheetsAreFoundOnlyForTheNetwork() {
        assertEquals(List.of(), ids("primo-arrivants", false));
        assertEquals(List.of(2L), ids("primo-arrivants", true));
        assertEquals(2, index.search(PracticeQuery.words(""), false).total());
        assertEquals(3, index.search(PracticeQuery.words(""), true).total());
    }

    @Test
    void facetsNarrowAndCount() {
        PracticeQuery inFrance = new PracticeQuery("", List.of(), List.of(), List.of("FR"), List.of(), 1, 20);
        PracticeIndex.Result result = index.search(inFrance, true);
        assertEquals(1, result.total());
        assertEquals(3L, result.hits().get(0).sheetId());
        // the country's own counts ignore its selection
        assertEquals(List.of(new PracticeIndex.FacetCount("BE", 2), new PracticeIndex.FacetCount("FR", 1)),
                result.facets().get("country"));
        assertEquals(List.of(new PracticeIndex.FacetCount("ASSOCIATION", 1)), result.facets().get("kind"));
    }
}
