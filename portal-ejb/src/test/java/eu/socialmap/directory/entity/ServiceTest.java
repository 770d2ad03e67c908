package eu.socialmap.directory.entity;

import eu.socialmap.platform.entity.LocalizedText;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void openNowFollowsTheWeeklySlotsInBrusselsTimeAndTheClosures() {
        Service service = housingAdvice();
        service.openAt(List.of(slot(DayOfWeek.MONDAY, "09:00", "12:00"), slot(DayOfWeek.MONDAY, "13:30", "16:00"),
                slot(DayOfWeek.WEDNESDAY, "09:00", "12:00")), NOW);
        service.closeOn(List.of(new Closure(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 1), "Fêtes")), NOW);

        assertThat(service.isOpenAt(at("2026-11-23T09:00"))).as("Monday opening").isTrue();
        assertThat(service.isOpenAt(at("2026-11-23T12:00"))).as("closing time excluded").isFalse();
        assertThat(service.isOpenAt(at("2026-11-23T14:00"))).isTrue();
        assertThat(service.isOpenAt(at("2026-11-24T10:00"))).as("Tuesday").isFalse();
        assertThat(service.isOpenAt(at("2026-12-28T10:00"))).as("Monday in the holidays").isFalse();
        assertThat(service.isOpenAt(ZonedDateTime.parse("2026-11-23T08:30:00Z").withZoneSameInstant(BRUSSELS)))
                .as("08:30 UTC is 09:30 in Brussels").isTrue();
    }

    @Test
    void slotsOfOneDayMayNotOverlapAndMustCloseAfterTheyOpen() {
        Service service = housingAdvice();
        assertThatThrownBy(() -> service.openAt(List.of(slot(DayOfWeek.FRIDAY, "09:00", "12:00"),
                slot(DayOfWeek.FRIDAY, "11:00", "14:00")), NOW)).hasMessage("directory.service.hoursOverlap");
        assertThatIllegalArgumentException().isThrownBy(() -> slot(DayOfWeek.FRIDAY, "12:00", "09:00"));
        service.openAt(List.of(slot(DayOfWeek.FRIDAY, "09:00", "12:00"), slot(DayOfWeek.FRIDAY, "12:00", "14:00")), NOW);
        assertThat(service.getHours()).hasSize(2);
    }

    @Test
    void agesAreARangeFromZeroTo120() {
        Service service = housingAdvice();
        service.serveAges(null, 25, NOW);
        assertThat(service.getMaximumAge()).isEqualTo(25);
        assertThatThrownBy(() -> service.serveAges(30, 18, NOW)).hasMessage("directory.service.agesInvalid");
        assertThatThrownBy(() -> service.serveAges(-1, null, NOW)).hasMessage("directory.service.agesInvalid");
    }

    @Test
    void aServiceUntouchedForAYearIsDueForReviewUntilItIsUpdated() {
        Service service = housingAdvice();
        Instant aYearLater = NOW.plus(Duration.ofDays(366));
        assertThat(service.isDueForReview(aYearLater)).isTrue();
        service.askForReview(aYearLater);
        service.serveAges(18, null, aYearLater);
        assertThat(service.isDueForReview(aYearLater)).isFalse();
        assertThat(service.getReviewAskedAt()).as("answered by the update").isNull();
        service.deactivate(aYearLater.plus(Duration.ofDays(400)));
        assertThat(service.isDueForReview(aYearLater.plus(Duration.ofDays(800)))).as("withdrawn").isFalse();
    }

    @Test
    void aServiceIsOfferedOnlyAtItsOwnOrganisationsLocations() {
        Service service = housingAdvice();
        Location elsewhere = new Location(99, null, "Rue X 1", "1000", "Bruxelles", EnterpriseNumber.Country.BE, NOW);
        assertThatThrownBy(() -> service.offerAt(Set.of(elsewhere), NOW))
                .hasMessage("membership.forbidden.otherOrganisation");
    }

    @Test
    void aHandPlacedPointSurvivesThePostcodeButNotAMove() {
        Location location = new Location(7, "Antenne", "Rue de la Victoire 96", "1060", "Saint-Gilles",
                EnterpriseNumber.Country.BE, NOW);
        location.locateByPostcode(50.8266, 4.3413);
        location.placeByHand(50.83012, 4.34456);
        location.locateByPostcode(50.8266, 4.3413);
        assertThat(location.getLatitude()).isEqualTo(50.83012);
        assertThat(location.getCoordinatesSource()).isEqualTo(Location.CoordinatesSource.MANUAL);

        location.moveTo("Antenne", "Chaussée de Waterloo 1", "1060", "Saint-Gilles", EnterpriseNumber.Country.BE, NOW);
        assertThat(location.isLocated()).as("a new address forgets the old point").isFalse();
    }

    private static Service housingAdvice() {
        return new Service(7, new LocalizedText("Conseil logement", "", ""), new LocalizedText("Aide à la recherche "
                + "d’un logement.", "", ""), List.of("fr", "ar"), NOW);
    }

    private static OpeningSlot slot(DayOfWeek day, String opens, String closes) {
        return new OpeningSlot(day, LocalTime.parse(opens), LocalTime.parse(closes));
    }

    private static ZonedDateTime at(String localBrusselsTime) {
        return java.time.LocalDateTime.parse(localBrusselsTime).atZone(BRUSSELS);
    }
}
