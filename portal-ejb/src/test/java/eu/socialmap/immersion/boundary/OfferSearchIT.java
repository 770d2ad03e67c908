package eu.socialmap.immersion.boundary;

import eu.socialmap.directory.boundary.PostcodeTable;
import eu.socialmap.directory.control.Postcodes;
import eu.socialmap.directory.entity.Location;
import eu.socialmap.immersion.control.OfferIndex;
import eu.socialmap.immersion.control.OfferQuery;
import eu.socialmap.immersion.entity.Direction;
import eu.socialmap.immersion.entity.ImmersionOffer;
import eu.socialmap.immersion.entity.OfferDetails;
import eu.socialmap.membership.entity.Account;
import eu.socialmap.platform.entity.LocalizedText;
import eu.socialmap.search.boundary.ServiceSearch;
import eu.socialmap.search.boundary.SynonymList;
import eu.socialmap.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offers' search on the real database: an offer is found the moment it is published (the stamp changes, the
 * node's memory index is rebuilt), by French words though written in Dutch, with the way from the visitor's
 * organisation; a period that fills up leaves the month facet, and a withdrawn offer leaves the results.
 */
class OfferSearchIT {

    private static final String POSTCODES = """
            country,postcode,commune,latitude,longitude
            FR,59100,Roubaix,50.6900,3.1817
            BE,8500,Kortrijk,50.8280,3.2650
            """;

    private final EntityManager em = TestDatabase.entityManagerFactory().createEntityManager();
    private final ImmersionFixtures fixtures = new ImmersionFixtures(em);
    private final OfferSearch search = new OfferSearch();
    /** A word only this test's offer has, so that other tests' offers never get in the way. */
    private final String tag = "tag" + new Random().ints(8, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    OfferSearchIT() {
        search.em = em;
        search.callers = fixtures.people.callers;
        search.synonymList = new SynonymList() {
            @Override
            public List<List<String>> groups() {
                return ServiceSearch.DEFAULT_SYNONYMS;
            }
        };
        Postcodes postcodes = Postcodes.read(new StringReader(POSTCODES));
        search.postcodeTable = new PostcodeTable() {
            @Override
            public Postcodes postcodes() {
                return postcodes;
            }
        };
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void anOfferIsFoundAtOnceWithTheWayFromTheVisitorsOrganisationUntilItIsFullOrWithdrawn() {
        Account host = fixtures.hostAdmin("CAW Zuid-West-Vlaanderen");
        Account employer = fixtures.senderAdmin("CCAS de Roubaix");
        Account visitor = fixtures.colleague(employer, "Amina");
        Account other = fixtures.colleague(employer, "Louise");
        fixtures.signIn(visitor);
        assertThat(search("sans-abri accueil " + tag).total()).isZero();

        LocalDate monday = ImmersionFixtures.monday(3);
        ImmersionOffer offer = publish(host, monday, monday.plusWeeks(2));
        String month = YearMonth.from(monday).toString();

        fixtures.signIn(visitor);
        OfferSearch.OfferResults found = search("sans-abri accueil " + tag);
        assertThat(found.total()).as("found at once, by French words").isEqualTo(1);
        OfferSearch.OfferHit hit = found.hits().get(0);
        assertThat(hit.offer().getId()).isEqualTo(offer.getId());
        assertThat(hit.host().getId()).isEqualTo(host.getOrganisationId());
        assertThat(hit.place().getCommune()).isEqualTo("Kortrijk");
        assertThat(hit.periods()).hasSize(1);
        assertThat(hit.crossing().direction()).isEqualTo(Direction.FR_TO_BE);
        assertThat(hit.crossing().crossesTheLanguageBorder()).isTrue();
        assertThat(hit.distanceKm()).isBetween(12.0, 22.0);
        assertThat(found.facets().get("month")).extracting(OfferIndex.FacetCount::value).contains(month);
        assertThat(found.facets().get("country")).extracting(OfferIndex.FacetCount::value).containsExactly("BE");
        assertThat(search.search(OfferQuery.words(tag).sortedBy(OfferQuery.Sort.DISTANCE)).hits())
                .extracting(h -> h.offer().getId()).containsExactly(offer.getId());
        assertThat(search.highlights("sans-abri").in("Onthaal van daklozen")).anyMatch(part -> part.marked());

        fixtures.signIn(null);
        OfferSearch.OfferHit anonymous = search(tag).hits().get(0);
        assertThat(anonymous.crossing()).as("no organisation to measure from").isNull();
        assertThat(anonymous.distanceKm()).isNull();

        // the one place is taken: the offer is still found, but its month is no longer available
        fixtures.request(other, offer, monday, monday.plusDays(2));
        fixtures.signIn(visitor);
        OfferSearch.OfferResults full = search(tag);
        assertThat(full.total()).isEqualTo(1);
        assertThat(full.facets().get("month")).isEmpty();
        assertThat(search.search(OfferQuery.words(tag).withMonths(List.of(month))).total()).isZero();
        assertThat(full.hits().get(0).periods().get(0).getFree()).isZero();

        fixtures.signIn(host);
        fixtures.tx(() -> fixtures.offers.withdraw(offer.getId()));
        assertThat(search(tag).total()).as("withdrawn").isZero();
    }

    private OfferSearch.OfferResults search(String words) {
        em.clear(); // as a new request would: periods are taken by SQL, not through the entities
        return search.search(OfferQuery.words(words));
    }

    private ImmersionOffer publish(Account hostAdmin, LocalDate first, LocalDate last) {
        Location place = fixtures.place(hostAdmin);
        fixtures.signIn(hostAdmin);
        OfferDetails details = new OfferDetails(place.getId(), null,
                new LocalizedText("", "Onthaal van daklozen (" + tag + ")", ""),
                new LocalizedText("", "Meelopen met de onthaalmedewerkers van het nachtcentrum.", ""),
                new LocalizedText("", "", ""), null, List.of("nl", "fr"), 2, 3, LocalTime.of(9, 0), LocalTime.of(16, 30),
                List.of(new OfferDetails.Period(null, first, last, 1)));
        ImmersionOffer offer = fixtures.tx(() -> fixtures.offers.create(hostAdmin.getOrganisationId(), details));
        return fixtures.tx(() -> fixtures.offers.publish(offer.getId()));
    }
}
