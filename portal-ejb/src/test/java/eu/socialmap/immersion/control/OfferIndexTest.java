package eu.socialmap.immersion.control;

import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.control.Highlights;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The immersion offers' search in memory: words across languages, typos, facets and their filters, distance. */
class OfferIndexTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
    private static final long DAKLOZEN_KORTRIJK = 1;
    private static final long CCAS_ROUBAIX = 2;
    private static final long LOGEMENT_TOURNAI = 3;
    private static final Postcodes.Point LILLE = new Postcodes.Point(50.6292, 3.0573);

    private final OfferIndex index = new OfferIndex(List.of(
            offer(DAKLOZEN_KORTRIJK, text("", "Onthaal van daklozen", ""),
                    text("", "U volgt de onthaalmedewerkers bij het eerste gesprek met daklozen in het nachtcentrum.", ""),
                    "CAW Zuid-West-Vlaanderen", "Kortrijk", "homelessness", "BE", List.of("nl", "fr"), 2, 3,
                    List.of(new OfferDocument.Period(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 15), 2)),
                    50.8280, 3.2650),
            offer(CCAS_ROUBAIX, text("Pôle insertion du CCAS", "", "Integration team"),
                    text("Entretiens d’accompagnement vers l’emploi, ateliers collectifs.", "", ""),
                    "CCAS de Roubaix", "Roubaix", "employment", "FR", List.of("fr"), 3, 5,
                    List.of(new OfferDocument.Period(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26), 1),
                            // full: May is not available
                            new OfferDocument.Period(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 28), 0)),
                    50.6900, 3.1817),
            offer(LOGEMENT_TOURNAI, text("Service logement", "", ""),
                    text("Visites de logements, médiation avec les propriétaires.", "", ""),
                    "CPAS de Tournai", "Tournai", "housing", "BE", List.of("fr"), 2, 2,
                    // over: no month at all
                    List.of(new OfferDocument.Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 18), 3)),
                    null, null)),
            OfferIndex.synonyms(ServiceSearch.DEFAULT_SYNONYMS), TODAY);

    @Test
    void aDutchWrittenOfferIsFoundByFrenchWords() {
        assertThat(ids(OfferQuery.words("sans-abri accueil"))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("accueil sans abri"))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("homeless"))).containsExactly(DAKLOZEN_KORTRIJK);
    }

    @Test
    void typosAreForgivenAndTheHostAndCommuneAreSearchedToo() {
        assertThat(ids(OfferQuery.words("Kortrik"))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("dakloozen"))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("Roubaix"))).containsExactly(CCAS_ROUBAIX);
        assertThat(ids(OfferQuery.words("CCAS"))).as("the CPAS one letter away comes after").containsExactly(CCAS_ROUBAIX, LOGEMENT_TOURNAI);
        assertThat(ids(OfferQuery.words("logements"))).containsExactly(LOGEMENT_TOURNAI);
        assertThat(ids(OfferQuery.words("employment"))).as("a synonym of the coordinators' list (and werk in onthaalmedewerkers)")
                .containsExactly(CCAS_ROUBAIX, DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("zzzz"))).isEmpty();
    }

    @Test
    void withoutWordsEveryOfferIsFoundTheSoonestAvailableFirst() {
        assertThat(ids(OfferQuery.words(""))).containsExactly(CCAS_ROUBAIX, DAKLOZEN_KORTRIJK, LOGEMENT_TOURNAI);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void facetsCountTheOffersOfEachValueIgnoringTheirOwnSelection() {
        OfferIndex.Result all = index.search(OfferQuery.words(""), null);
        assertThat(all.total()).isEqualTo(3);
        assertThat(counts(all, "country")).containsEntry("BE", 2).containsEntry("FR", 1);
        assertThat(counts(all, "language")).containsEntry("fr", 3).containsEntry("nl", 1);
        assertThat(counts(all, "theme")).containsOnlyKeys("homelessness", "employment", "housing");
        assertThat(all.facets().get("duration")).extracting(OfferIndex.FacetCount::value).containsExactly("2", "3", "4", "5");
        assertThat(counts(all, "duration")).containsEntry("2", 2).containsEntry("3", 2).containsEntry("5", 1);
        assertThat(all.facets().get("month")).extracting(OfferIndex.FacetCount::value)
                .as("this month on, periods not over and not full, in order").containsExactly("2027-01", "2027-02", "2027-03", "2027-04");

        OfferIndex.Result belgian = index.search(OfferQuery.words("").withCountries(List.of("BE")), null);
        assertThat(belgian.total()).isEqualTo(2);
        assertThat(counts(belgian, "country")).as("the chosen facet still offers the other country").containsEntry("FR", 1);
        assertThat(counts(belgian, "language")).containsEntry("fr", 2).containsEntry("nl", 1);
    }

    @Test
    void monthAndDurationFilterTheOffers() {
        assertThat(ids(OfferQuery.words("").withMonths(List.of("2027-03")))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("").withMonths(List.of("2027-05")))).as("the May period is full").isEmpty();
        assertThat(ids(OfferQuery.words("").withMonths(List.of("2027-02", "2027-04"))))
                .containsExactlyInAnyOrder(CCAS_ROUBAIX, DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("").withDurations(List.of("5")))).containsExactly(CCAS_ROUBAIX);
        assertThat(ids(OfferQuery.words("").withDurations(List.of("2")))).containsExactlyInAnyOrder(DAKLOZEN_KORTRIJK, LOGEMENT_TOURNAI);
        assertThat(ids(OfferQuery.words("").withDurations(List.of("3")).withLanguages(List.of("nl")))).containsExactly(DAKLOZEN_KORTRIJK);
        assertThat(ids(OfferQuery.words("").withThemes(List.of("housing")))).containsExactly(LOGEMENT_TOURNAI);
    }

    @Test
    void theMonthsOfAnOfferStartToday() {
        assertThat(OfferIndex.months(List.of(new OfferDocument.Period(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1), 1)), TODAY))
                .containsExactly("2027-01", "2027-02");
        assertThat(OfferIndex.months(List.of(new OfferDocument.Period(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 19), 1)), TODAY))
                .as("over yesterday").isEmpty();
    }

    @Test
    void distanceSortsTheNearestFirstAndThePlacesWithoutPointLast() {
        OfferIndex.Result result = index.search(OfferQuery.words("").sortedBy(OfferQuery.Sort.DISTANCE), LILLE);
        assertThat(result.hits()).extracting(OfferIndex.Hit::offerId).containsExactly(CCAS_ROUBAIX, DAKLOZEN_KORTRIJK, LOGEMENT_TOURNAI);
        assertThat(result.hits().get(0).distanceKm()).isBetween(8.0, 12.0);
        assertThat(result.hits().get(1).distanceKm()).isBetween(20.0, 30.0);
        assertThat(result.hits().get(2).distanceKm()).isNull();
    }

    @Test
    void pagesCutTheResults() {
        OfferIndex.Result second = index.search(OfferQuery.words("").onPage(2, 2), null);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.hits()).extracting(OfferIndex.Hit::offerId).containsExactly(LOGEMENT_TOURNAI);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        OfferIndex empty = new OfferIndex(List.of(), OfferIndex.synonyms(List.of()), TODAY);
        assertThat(empty.search(OfferQuery.words("accueil"), null).total()).isZero();
        assertThat(empty.size()).isZero();
    }

    @Test
    void theFrenchWordsAreMarkedInTheDutchText() {
        assertThat(index.highlights("sans-abri accueil").in("Onthaal van daklozen"))
                .contains(new Highlights.Part("Onthaal", true), new Highlights.Part("daklozen", true));
    }

    private List<Long> ids(OfferQuery query) {
        return index.search(query, null).hits().stream().map(OfferIndex.Hit::offerId).toList();
    }

    private static Map<String, Integer> counts(OfferIndex.Result result, String facet) {
        return result.facets().get(facet).stream()
                .collect(java.util.stream.Collectors.toMap(OfferIndex.FacetCount::value, OfferIndex.FacetCount::count));
    }

    private static LocalizedText text(String fr, String nl, String en) {
        return new LocalizedText(fr, nl, en);
    }

    private static OfferDocument offer(long id, LocalizedText team, LocalizedText activities, String host, String commune,
                                       String theme, String country, List<String> languages, int min, int max,
                                       List<OfferDocument.Period> periods, Double latitude, Double longitude) {
        return new OfferDocument(id, team, activities, text("", "", ""), host, commune, theme, country, languages, min,
                max, periods, latitude, longitude);
    }
}
