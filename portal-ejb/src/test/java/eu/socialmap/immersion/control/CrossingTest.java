package eu.socialmap.immersion.control;

import eu.socialmap.directory.entity.EnterpriseNumber.Country;
import eu.socialmap.immersion.control.Crossing.Place;
import eu.socialmap.immersion.control.Crossing.Region;
import eu.socialmap.immersion.entity.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The border and the language border between a visitor's organisation and an offer's place. */
class CrossingTest {

    private static final Place LILLE = new Place(Country.FR, "59000", 50.6292, 3.0573);
    private static final Place ROUBAIX = new Place(Country.FR, "59100", 50.6900, 3.1817);
    private static final Place TOURNAI = new Place(Country.BE, "7500", 50.6056, 3.3878);
    private static final Place KORTRIJK = new Place(Country.BE, "8500", 50.8280, 3.2650);
    private static final Place MOUSCRON = new Place(Country.BE, "7700", 50.7445, 3.2064);
    private static final Place SAINT_GILLES = new Place(Country.BE, "1060", 50.8266, 4.3413);

    @Test
    void belgianPostcodesTellTheRegion() {
        assertThat(Region.of(Country.BE, "1000")).isEqualTo(Region.BRUSSELS);
        assertThat(Region.of(Country.BE, "1299")).isEqualTo(Region.BRUSSELS);
        assertThat(Region.of(Country.BE, "1300")).isEqualTo(Region.WALLONIA);
        assertThat(Region.of(Country.BE, "1499")).isEqualTo(Region.WALLONIA);
        assertThat(Region.of(Country.BE, "1500")).isEqualTo(Region.FLANDERS);
        assertThat(Region.of(Country.BE, "3999")).isEqualTo(Region.FLANDERS);
        assertThat(Region.of(Country.BE, "4000")).isEqualTo(Region.WALLONIA);
        assertThat(Region.of(Country.BE, "7999")).isEqualTo(Region.WALLONIA);
        assertThat(Region.of(Country.BE, "8000")).isEqualTo(Region.FLANDERS);
        assertThat(Region.of(Country.BE, " 9999 ")).isEqualTo(Region.FLANDERS);
        assertThat(Region.of(Country.FR, "59000")).isEqualTo(Region.FRANCE);
        assertThat(Region.of(Country.BE, null)).isEqualTo(Region.UNKNOWN);
        assertThat(Region.of(Country.BE, "0999")).isEqualTo(Region.UNKNOWN);
        assertThat(Region.of(Country.BE, "75000")).isEqualTo(Region.UNKNOWN);
        assertThat(Region.of(null, "8500")).isEqualTo(Region.UNKNOWN);
    }

    @Test
    void lilleToKortrijkCrossesBothBorders() {
        Crossing crossing = Crossing.between(LILLE, KORTRIJK);
        assertThat(crossing.direction()).isEqualTo(Direction.FR_TO_BE);
        assertThat(crossing.crossesTheBorder()).isTrue();
        assertThat(crossing.crossesTheLanguageBorder()).isTrue();
        assertThat(crossing.kilometres()).isBetween(25.0, 28.0);
    }

    @Test
    void tournaiToKortrijkCrossesTheLanguageBorderOnly() {
        Crossing crossing = Crossing.between(TOURNAI, KORTRIJK);
        assertThat(crossing.direction()).isEqualTo(Direction.SAME_COUNTRY);
        assertThat(crossing.crossesTheBorder()).isFalse();
        assertThat(crossing.crossesTheLanguageBorder()).isTrue();
        assertThat(crossing.changesRegion()).isTrue();
        assertThat(Crossing.between(KORTRIJK, MOUSCRON).crossesTheLanguageBorder()).as("and back").isTrue();
    }

    @Test
    void roubaixToTournaiCrossesTheBorderButNotTheLanguage() {
        Crossing crossing = Crossing.between(ROUBAIX, TOURNAI);
        assertThat(crossing.direction()).isEqualTo(Direction.FR_TO_BE);
        assertThat(crossing.crossesTheLanguageBorder()).isFalse();
        assertThat(crossing.changesRegion()).isFalse();
        assertThat(Crossing.between(TOURNAI, LILLE).direction()).isEqualTo(Direction.BE_TO_FR);
    }

    @Test
    void brusselsIsBilingualAndWithinOneCountryNothingIsCrossed() {
        assertThat(Crossing.between(SAINT_GILLES, KORTRIJK).crossesTheLanguageBorder()).isFalse();
        assertThat(Crossing.between(SAINT_GILLES, KORTRIJK).changesRegion()).isTrue();
        Crossing local = Crossing.between(LILLE, ROUBAIX);
        assertThat(local.crossesTheBorder()).isFalse();
        assertThat(local.crossesTheLanguageBorder()).isFalse();
        assertThat(local.kilometres()).isBetween(9.0, 12.0);
    }

    @Test
    void withoutAPointThereIsNoDistance() {
        Crossing crossing = Crossing.between(new Place(Country.FR, "59100", null, null), KORTRIJK);
        assertThat(crossing.kilometres()).isNull();
        assertThat(crossing.direction()).isEqualTo(Direction.FR_TO_BE);
    }
}
