package eu.socialmap.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceGeneratorTest {

    private static final ServiceGenerator.Network NETWORK = ServiceGenerator.generate(3_000, ServiceGenerator.SEED);

    @Test
    void theSameSeedGivesTheSameNetwork() {
        ServiceGenerator.Network again = ServiceGenerator.generate(3_000, ServiceGenerator.SEED);
        assertThat(again.services().get(2_999).descriptionFr()).isEqualTo(NETWORK.services().get(2_999).descriptionFr());
        assertThat(again.services().get(2_999).descriptionNl()).isEqualTo(NETWORK.services().get(2_999).descriptionNl());
        assertThat(again.places()).isEqualTo(NETWORK.places());
        assertThat(ServiceGenerator.generate(3_000, 1).services().get(2_999).nameFr())
                .as("another seed, another network (very likely)")
                .isNotEqualTo(NETWORK.services().get(2_999).nameFr() + NETWORK.services().get(1).nameNl());
    }

    @Test
    void everyServiceIsWrittenInAtLeastOneLanguageAndMostInOneOnly() {
        assertThat(NETWORK.services()).allSatisfy(s -> assertThat(s.textLanguages()).isBetween(1, 3));
        long oneLanguage = NETWORK.services().stream().filter(s -> s.textLanguages() == 1).count();
        assertThat(oneLanguage).isGreaterThan(NETWORK.services().size() / 2);
        assertThat(NETWORK.services().stream().filter(s -> s.textLanguages() == 1 && s.writtenIn("nl")).count())
                .as("Dutch-only services exist for the cross-language searches").isGreaterThan(300);
    }

    @Test
    void aServiceIsWrittenInTheLanguagesOfItsSideOfTheBorder() {
        Map<Long, ServiceGenerator.Organisation> organisations = NETWORK.organisations().stream()
                .collect(Collectors.toMap(ServiceGenerator.Organisation::id, o -> o));
        assertThat(NETWORK.services()).allSatisfy(s -> {
            Commune.Region region = organisations.get(s.organisationId()).commune().region();
            if (region == Commune.Region.FLANDERS || region == Commune.Region.BRUSSELS_RIM) {
                assertThat(s.writtenIn("nl")).isTrue();
            }
            if (region == Commune.Region.FRANCE || region == Commune.Region.WALLONIA) {
                assertThat(s.writtenIn("fr")).isTrue();
            }
        });
    }

    @Test
    void themesAndAudiencesAreSeededCodesAndEveryThemeIsUsed() {
        List<String> seededAudiences = List.of("everyone", "families", "children", "young-people", "elderly", "women",
                "newcomers", "homeless", "jobseekers", "disabled", "professionals");
        assertThat(NETWORK.services()).allSatisfy(s -> {
            assertThat(ServiceGenerator.THEMES).containsAll(s.themes());
            assertThat(seededAudiences).containsAll(s.audiences());
            assertThat(s.places()).isNotEmpty().allSatisfy(p -> assertThat(p.organisationId()).isEqualTo(s.organisationId()));
        });
        assertThat(NETWORK.services().stream().flatMap(s -> s.themes().stream()).distinct())
                .containsExactlyInAnyOrderElementsOf(ServiceGenerator.THEMES);
    }

    @Test
    void placesAreWithinAFewKilometresOfTheirCommunesCentre() {
        assertThat(NETWORK.places()).allSatisfy(p -> {
            assertThat(Math.abs(p.latitude() - p.commune().latitude())).isLessThan(0.016);   // about 1.7 km
            assertThat(Math.abs(p.longitude() - p.commune().longitude())).isLessThan(0.023); // about 1.6 km
        });
        assertThat(NETWORK.places().stream().map(p -> p.commune().country()).distinct()).containsExactlyInAnyOrder("BE", "FR");
    }

    @Test
    void openingHoursFollowTheWeekAndClosures() {
        ServiceGenerator.Service nightShelter = NETWORK.services().stream()
                .filter(s -> s.hours().size() == 7 && s.hours().get(0).opens().getHour() == 20 && s.closures().isEmpty())
                .findFirst().orElseThrow();
        assertThat(BenchQuery.openAt(nightShelter, BenchQuery.TUESDAY_10)).isFalse();
        assertThat(BenchQuery.openAt(nightShelter, BenchQuery.TUESDAY_10.withHour(21))).isTrue();
    }
}
