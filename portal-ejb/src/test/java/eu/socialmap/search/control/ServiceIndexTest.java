package eu.socialmap.search.control;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The social map's search in memory: words across languages, typos, synonyms, facets, distance, opening hours. */
class ServiceIndexTest {

    private static final long LOGEMENT_SAINT_GILLES = 1;
    private static final long WONEN_KORTRIJK = 2;
    private static final long SANTE_LILLE = 3;
    private static final long NACHTOPVANG_MENEN = 4;
    private static final int MONDAY_9 = 9 * 60;
    private static final int MONDAY_12 = 12 * 60;

    private ServiceIndex index;

    @BeforeEach
    void fourServicesOnBothSidesOfTheBorder() {
        index = new ServiceIndex(new ByteBuffersDirectory(), new Synonyms(List.of(
                List.of("logement", "huisvesting", "housing", "woning"),
                List.of("sans-abri", "sans abri", "dakloos", "daklozen", "homeless"))));
        index.index(service(LOGEMENT_SAINT_GILLES, text("Aide au logement", "", ""),
                text("Recherche d’un logement, conflits avec le propriétaire, expulsions.", "", ""), "housing",
                List.of("fr", "ar"), "Saint-Gilles", "BE", 50.8266, 4.3413, false, List.of(new int[] {MONDAY_9, MONDAY_12})));
        index.index(service(WONEN_KORTRIJK, text("", "Woonbegeleiding", ""),
                text("", "Hulp bij het zoeken naar een huurwoning voor gezinnen.", ""), "housing",
                List.of("nl"), "Kortrijk", "BE", 50.8280, 3.2650, false, List.of()));
        index.index(service(SANTE_LILLE, text("Consultation médicale gratuite", "", "Free medical consultation"),
                text("Médecins généralistes, sans rendez-vous.", "", ""), "health", List.of("fr", "en"), "Lille", "FR",
                50.6300, 3.0600, true, List.of()));
        index.index(service(NACHTOPVANG_MENEN, text("", "Nachtopvang voor daklozen", ""),
                text("", "Een bed, een douche en een warme maaltijd.", ""), "homelessness", List.of("nl", "fr"), "Menen",
                "BE", 50.7960, 3.1220, false, List.of()));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void suggestionsCompleteTheLastWordWithWordsOfTheIndex() {
        assertThat(index.suggest("loge", 5)).containsExactly("logement");
        assertThat(index.suggest("aide au LOGE", 5)).containsExactly("aide au logement");
        assertThat(index.suggest("dak", 5)).containsExactly("daklozen");
        assertThat(index.suggest("m", 5)).as("one letter suggests nothing").isEmpty();
        assertThat(index.suggest("zzz", 5)).isEmpty();
    }

    @Test
    void aFrenchWordIsMarkedInTheDutchTextThatMatchedIt() {
        assertThat(index.highlights("logement").in("Hulp bij huisvesting")).contains(new Highlights.Part("huisvesting", true));
    }

    @Test
    void aFrenchWordFindsServicesDescribedOnlyInDutchAndTheOtherWayRound() {
        assertThat(ids(ServiceQuery.words("logement"))).containsExactlyInAnyOrder(LOGEMENT_SAINT_GILLES, WONEN_KORTRIJK);
        assertThat(ids(ServiceQuery.words("huisvesting"))).containsExactlyInAnyOrder(LOGEMENT_SAINT_GILLES, WONEN_KORTRIJK);
        assertThat(ids(ServiceQuery.words("sans abri"))).containsExactly(NACHTOPVANG_MENEN);
        assertThat(ids(ServiceQuery.words("woning"))).as("a part of the Dutch compound huurwoning")
                .containsExactlyInAnyOrder(LOGEMENT_SAINT_GILLES, WONEN_KORTRIJK);
    }

    @Test
    void misspellingsPluralsAccentsAndCaseAreForgiven() {
        assertThat(ids(ServiceQuery.words("logemnt"))).containsExactlyInAnyOrder(LOGEMENT_SAINT_GILLES, WONEN_KORTRIJK);
        assertThat(ids(ServiceQuery.words("LOGEMENTS"))).contains(LOGEMENT_SAINT_GILLES);
        assertThat(ids(ServiceQuery.words("medicale"))).containsExactly(SANTE_LILLE);
        assertThat(ids(ServiceQuery.words("generaliste"))).containsExactly(SANTE_LILLE);
        assertThat(ids(ServiceQuery.words("proprietaire"))).containsExactly(LOGEMENT_SAINT_GILLES);
        assertThat(ids(ServiceQuery.words("zwembad"))).isEmpty();
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(ids(ServiceQuery.words("logement expulsions"))).containsExactly(LOGEMENT_SAINT_GILLES);
        assertThat(ids(ServiceQuery.words("logement douche"))).isEmpty();
    }

    @Test
    void facetsCountTheResultsAndAFacetsOwnChoiceKeepsItsOtherValuesChoosable() {
        ServiceIndex.Result all = index.search(ServiceQuery.words("logement"));
        assertThat(all.facets().get("commune")).containsExactlyInAnyOrder(
                new ServiceIndex.FacetCount("Saint-Gilles", 1), new ServiceIndex.FacetCount("Kortrijk", 1));

        ServiceIndex.Result inKortrijk = index.search(ServiceQuery.words("logement").withCommunes(List.of("Kortrijk")));
        assertThat(inKortrijk.hits()).extracting(ServiceIndex.Hit::serviceId).containsExactly(WONEN_KORTRIJK);
        assertThat(inKortrijk.facets().get("commune")).as("sideways: Saint-Gilles still offered")
                .contains(new ServiceIndex.FacetCount("Saint-Gilles", 1));
        assertThat(inKortrijk.facets().get("language")).containsExactly(new ServiceIndex.FacetCount("nl", 1));

        assertThat(ids(ServiceQuery.words("").withLanguages(List.of("fr")))).containsExactlyInAnyOrder(
                LOGEMENT_SAINT_GILLES, SANTE_LILLE, NACHTOPVANG_MENEN);
    }

    @Test
    void resultsSortByDistanceFromAPointWithTheDistanceGiven() {
        ServiceDocument.Point mouscron = new ServiceDocument.Point(50.7440, 3.2140);
        ServiceIndex.Result nearest = index.search(ServiceQuery.words("logement").nearestTo(mouscron));

        assertThat(nearest.hits()).extracting(ServiceIndex.Hit::serviceId).containsExactly(WONEN_KORTRIJK, LOGEMENT_SAINT_GILLES);
        assertThat(nearest.hits().get(0).distanceMeters()).isBetween(8_000d, 12_000d);
        assertThat(nearest.hits().get(1).distanceMeters()).isBetween(75_000d, 90_000d);
    }

    @Test
    void openNowFollowsTheWeeklyHoursAndTheClosures() {
        ZonedDateTime mondayTen = LocalDateTime.of(2026, 11, 23, 10, 0).atZone(ZoneId.of("Europe/Brussels"));
        assertThat(ids(ServiceQuery.words("").openAt(mondayTen))).containsExactly(LOGEMENT_SAINT_GILLES);
        assertThat(ids(ServiceQuery.words("").openAt(mondayTen.withHour(12)))).isEmpty();
        assertThat(index.count(ServiceQuery.words("logement").openAt(mondayTen))).as("the count beside a result list")
                .isEqualTo(1);
        assertThat(index.count(ServiceQuery.words("logement"))).isEqualTo(2);

        index.index(new ServiceDocument(LOGEMENT_SAINT_GILLES, 10, "CPAS", text("Aide au logement", "", ""),
                text("", "", ""), List.of("housing"), List.of(), List.of("fr"), List.of("Saint-Gilles"), List.of("BE"),
                List.of("1060"), List.of(new ServiceDocument.Point(50.8266, 4.3413)), false,
                List.of(new int[] {MONDAY_9, MONDAY_12}),
                List.<LocalDate[]>of(new LocalDate[] {LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23)})));
        index.commit();
        assertThat(ids(ServiceQuery.words("").openAt(mondayTen))).as("closed that day").isEmpty();
    }

    @Test
    void aDeletedServiceIsNeverFoundAgain() {
        index.delete(WONEN_KORTRIJK);
        index.commit();
        assertThat(ids(ServiceQuery.words("woonbegeleiding"))).isEmpty();
        assertThat(index.search(ServiceQuery.words("")).total()).isEqualTo(3);
    }

    @Test
    void anEmptyIndexAnswersNothingRatherThanFailing() {
        try (ServiceIndex empty = new ServiceIndex(new ByteBuffersDirectory(), Synonyms.none())) {
            assertThat(empty.search(ServiceQuery.words("logement")).total()).isZero();
            assertThat(empty.lastAppliedChange()).isZero();
        }
    }

    private List<Long> ids(ServiceQuery query) {
        return index.search(query).hits().stream().map(ServiceIndex.Hit::serviceId).toList();
    }

    private static ServiceDocument service(long id, ServiceDocument.Text name, ServiceDocument.Text description,
                                           String theme, List<String> languages, String commune, String country,
                                           double latitude, double longitude, boolean wheelchair, List<int[]> hours) {
        return new ServiceDocument(id, 10 + id, "Organisation " + id, name, description, List.of(theme), List.of(),
                languages, List.of(commune), List.of(country), List.of(), List.of(new ServiceDocument.Point(latitude,
                longitude)), wheelchair, hours, List.of());
    }

    private static ServiceDocument.Text text(String fr, String nl, String en) {
        return new ServiceDocument.Text(fr, nl, en);
    }
}
